package com.xcord.media.inspect;

import com.xcord.servicekit.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload really is from its bytes (Tika's magic numbers), never from what the client says. The
 * declared content type and the file name's extension only have to agree on the kind: a PNG sent as
 * {@code image/jpeg} is stored as the PNG it is, an HTML page sent as {@code image/png} is refused (415).
 */
@Component
public class ContentSniffer {

    private final Tika tika = new Tika();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** What the bytes are; a 415 problem when that is not an allowed type or the declarations disagree with it. */
    public Sniffed sniff(Path file, String declaredType, String filename) {
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            // bytes only: a name would let Tika fall back on the extension the client chose
            detected = AllowedTypes.bare(tika.detect(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaKind kind = AllowedTypes.kindOf(detected)
                .orElseThrow(() -> unsupported("The content is " + detected + ", which is not accepted"));
        if (declaredType != null && !declaredType.isBlank() && !AllowedTypes.bare(declaredType).equals("application/octet-stream")) {
            MediaKind declared = AllowedTypes.kindOf(declaredType).orElseThrow(() -> unsupported(
                    "The declared type " + AllowedTypes.bare(declaredType) + " is not accepted"));
            if (declared != kind) {
                throw unsupported("Declared as " + AllowedTypes.bare(declaredType) + " but the content is " + detected);
            }
        }
        extensionType(filename).flatMap(AllowedTypes::kindOf).filter(k -> k != kind).ifPresent(k -> {
            throw unsupported("The file name says " + k.apiName() + " but the content is " + detected);
        });
        extensionType(filename).filter(t -> AllowedTypes.kindOf(t).isEmpty() && !t.equals("application/octet-stream"))
                .ifPresent(t -> {
                    throw unsupported("The file name's extension is for " + t + ", which is not accepted");
                });
        return new Sniffed(detected, kind);
    }

    /** The kind a declared type stands for before any byte is seen (presigned uploads); 415 if not allowed. */
    public MediaKind declaredKind(String declaredType) {
        return AllowedTypes.kindOf(declaredType).orElseThrow(() -> unsupported(
                "The declared type " + (declaredType == null ? "(none)" : AllowedTypes.bare(declaredType)) + " is not accepted"));
    }

    private java.util.Optional<String> extensionType(String filename) {
        if (filename == null) {
            return java.util.Optional.empty();
        }
        int dot = filename.lastIndexOf('.');
        if (dot < 0 || dot == filename.length() - 1) {
            return java.util.Optional.empty();
        }
        String extension = filename.substring(dot).toLowerCase(Locale.ROOT);
        String byName = types.getMimeType("x" + extension).toString();
        if (byName.equals("application/octet-stream")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(types.forName(byName).getType().getBaseType().toString());
        } catch (MimeTypeException e) {
            return java.util.Optional.of(byName);
        }
    }

    private static ApiException unsupported(String detail) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** The type the bytes are, and its kind. */
    public record Sniffed(String contentType, MediaKind kind) {
    }
}
