package com.xcord.servicekit.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a JSON request body with a string or property name that is not {@link StorableText}, at
 * any depth, before it is bound: one check for every {@code @RequestBody} of every service rather
 * than one per field. Reads the body as a token stream; a body that is not valid JSON is handed on
 * untouched, for the converter to refuse as malformed.
 */
@ControllerAdvice
class StorableTextBodyAdvice extends JsonBodyAdvice {

    private final JsonMapper jsonMapper;

    StorableTextBodyAdvice(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    void check(MediaType type, byte[] body) {
        List<String> refused = unstorableFields(body);
        if (!refused.isEmpty()) {
            throw StorableText.refused(refused);
        }
    }

    private List<String> unstorableFields(byte[] body) {
        List<String> refused = new ArrayList<>();
        try (JsonParser parser = jsonMapper.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && !StorableText.isStorable(parser.currentName())) {
                    // the name is the bad text: report the object that holds it
                    refused.add(JsonPaths.of(parser.streamReadContext().getParent()));
                } else if (token == JsonToken.VALUE_STRING && !StorableText.isStorable(parser.getString())) {
                    refused.add(JsonPaths.of(parser.streamReadContext()));
                }
            }
        } catch (JacksonException malformed) {
            // not JSON after all: the converter answers it as a malformed body
        }
        return refused;
    }
}
