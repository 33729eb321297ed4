package com.xcord.media.image;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upright JPEG within bounds, minus its metadata, without re-encoding: every marker segment is copied except
 * APP1 (EXIF, GPS, XMP), APP13 (IPTC/Photoshop), COM (comments) and the other application segments; APP0 (JFIF),
 * APP2 (the ICC colour profile) and APP14 (Adobe's colour transform, needed to decode CMYK/YCCK right) stay. The
 * entropy-coded data after SOS is copied as it is: no generation loss, and a fraction of a re-encode's CPU.
 */
final class JpegMetadataStripper {

    private JpegMetadataStripper() {
    }

    /** The stripped bytes, or null when the file is not a JPEG this can walk (the caller re-encodes then). */
    static byte[] strip(Path jpeg) {
        try (InputStream raw = Files.newInputStream(jpeg); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Files.size(jpeg), Integer.MAX_VALUE - 8));
            if (in.readUnsignedShort() != 0xFFD8) {
                return null;
            }
            out.write(0xFF);
            out.write(0xD8);
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00) {
                    return null;
                }
                if (marker == 0xFFD9) {
                    return null;  // EOI before any scan: nothing to show
                }
                int length = in.readUnsignedShort();
                if (length < 2) {
                    return null;
                }
                byte[] segment = in.readNBytes(length - 2);
                if (segment.length != length - 2) {
                    return null;
                }
                if (keep(marker)) {
                    out.write(marker >> 8);
                    out.write(marker & 0xFF);
                    out.write(length >> 8);
                    out.write(length & 0xFF);
                    out.write(segment);
                }
                if (marker == 0xFFDA) {
                    // start of scan: the rest is image data (and any further scans/markers of a progressive JPEG)
                    in.transferTo(out);
                    return out.toByteArray();
                }
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean keep(int marker) {
        boolean application = marker >= 0xFFE0 && marker <= 0xFFEF;
        if (application) {
            return marker == 0xFFE0 || marker == 0xFFE2 || marker == 0xFFEE;
        }
        return marker != 0xFFFE;  // COM
    }
}
