package com.xcord.media.upload;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A 400 for an upload that could not be processed: its row says {@code failed}, no object of it is stored. */
class UploadFailedException extends ApiException {

    private final long mediaId;

    UploadFailedException(String detail, long mediaId) {
        super(HttpStatus.BAD_REQUEST, detail);
        this.mediaId = mediaId;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(super.properties());
        properties.put("mediaId", Ids.format(mediaId));
        properties.put("mediaStatus", "failed");
        return properties;
    }
}
