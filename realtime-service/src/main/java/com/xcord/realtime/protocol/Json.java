package com.xcord.realtime.protocol;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the service: ISO-8601 instants, unknown fields ignored. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private Json() {
    }
}
