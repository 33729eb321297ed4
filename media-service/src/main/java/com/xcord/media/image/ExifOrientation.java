package com.xcord.media.image;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation (tag 0x0112 of IFD0) of a JPEG, read from its APP1 segment without decoding anything: the
 * re-encoded variants carry no EXIF, so the rotation it asks for must be applied to the pixels first.
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int MAX_SEGMENT_SCAN = 256 * 1024;

    private ExifOrientation() {
    }

    /** 1..8, {@link #NORMAL} when the file is not a JPEG, has no EXIF or says nothing valid. */
    static int of(Path jpeg) {
        try (InputStream raw = Files.newInputStream(jpeg); DataInputStream in = new DataInputStream(raw)) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return NORMAL;
            }
            int scanned = 2;
            while (scanned < MAX_SEGMENT_SCAN) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return NORMAL;  // start of scan or end: no EXIF before the pixels
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return NORMAL;
                }
                byte[] segment = in.readNBytes(length);
                scanned += 4 + length;
                if (marker == 0xFFE1 && length > 14 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
                        && segment[3] == 'f' && segment[4] == 0 && segment[5] == 0) {
                    return fromTiff(ByteBuffer.wrap(segment, 6, segment.length - 6).slice());
                }
            }
            return NORMAL;
        } catch (EOFException | RuntimeException e) {
            return NORMAL;
        } catch (IOException e) {
            return NORMAL;
        }
    }

    private static int fromTiff(ByteBuffer tiff) {
        byte first = tiff.get(0);
        tiff.order(first == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (tiff.getShort(2) != 42) {
            return NORMAL;
        }
        int ifd = tiff.getInt(4);
        int entries = Short.toUnsignedInt(tiff.getShort(ifd));
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (Short.toUnsignedInt(tiff.getShort(entry)) == 0x0112) {
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The pixels as they are meant to be seen: {@code orientation} applied (EXIF's eight cases). */
    static java.awt.image.BufferedImage apply(java.awt.image.BufferedImage image, int orientation) {
        if (orientation == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        int[] in = image.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }  // 8
                }
                out[y * outW + x] = in[sy * w + sx];
            }
        }
        var result = new java.awt.image.BufferedImage(outW, outH, image.getColorModel().hasAlpha()
                ? java.awt.image.BufferedImage.TYPE_INT_ARGB : java.awt.image.BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, outW, outH, out, 0, outW);
        return result;
    }
}
