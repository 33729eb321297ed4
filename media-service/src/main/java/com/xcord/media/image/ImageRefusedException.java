package com.xcord.media.image;

/** The image cannot be processed: corrupt, or not what its header says. A 400 once the upload has a failed row. */
public class ImageRefusedException extends RuntimeException {

    ImageRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
