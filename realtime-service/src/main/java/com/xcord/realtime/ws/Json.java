package com.xcord.realtime.ws;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the service (ISO-8601 instants, unknown fields ignored) and frame building. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** {@code {"op":"DISPATCH","t":type,"s":seq,"d":data}}; {@code data} is already JSON. */
    public static String dispatch(String type, long seq, String dataJson) {
        return "{\"op\":\"DISPATCH\",\"t\":\"" + type + "\",\"s\":" + seq + ",\"d\":" + dataJson + "}";
    }

    /** A non-dispatch frame: {@code {"op":op,"d":data}}. */
    public static String frame(String op, Object data) {
        return "{\"op\":\"" + op + "\",\"d\":" + write(data) + "}";
    }

    private Json() {
    }
}
