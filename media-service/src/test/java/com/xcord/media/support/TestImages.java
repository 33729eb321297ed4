package com.xcord.media.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made on the spot: real JPEG/PNG, a JPEG carrying GPS EXIF, a decompression bomb, broken files. */
public final class TestImages {

    /** Text planted in the EXIF of {@link #jpegWithGpsExif}: found in a variant means metadata leaked. */
    public static final String EXIF_MARKER = "XCORD-SECRET-CAMERA";

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200), width, height, new Color(240, 180, 40)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);  // a red corner: shows where "top left" went after rotation
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A JPEG a camera would make: EXIF with orientation 6 (rotate 90° clockwise), a description and a GPS block. */
    public static byte[] jpegWithGpsExif(int width, int height) {
        return jpegWithGpsExif(width, height, 6);
    }

    /** The same with another EXIF orientation (1 = upright). */
    public static byte[] jpegWithGpsExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] exif = exifSegment(orientation);
        byte[] result = new byte[plain.length + exif.length];
        System.arraycopy(plain, 0, result, 0, 2);  // SOI
        System.arraycopy(exif, 0, result, 2, exif.length);
        System.arraycopy(plain, 2, result, 2 + exif.length, plain.length - 2);
        return result;
    }

    /** A valid PNG header declaring {@code width}×{@code height}, with a tiny compressed body: a decompression bomb. */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]);  // zeros: what would expand to 30 GB of pixels
        deflater.finish();
        byte[] buffer = new byte[1024];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A PNG signature and header, then garbage: readable header, undecodable pixels. */
    public static byte[] corruptPng() {
        byte[] good = png(64, 64);
        byte[] bad = Arrays.copyOf(good, good.length);
        Random random = new Random(42);
        for (int i = 40; i < bad.length - 12; i++) {
            bad[i] = (byte) random.nextInt();
        }
        return bad;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><script>alert(document.cookie)</script></head><body>hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that sniff as JPEG (its magic number first) without being a decodable one. */
    public static byte[] jpegLookingBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** APP1 "Exif": big-endian TIFF, IFD0 {ImageDescription, Orientation, GPS IFD pointer}, GPS IFD {latitude}. */
    private static byte[] exifSegment(int orientation) {
        byte[] description = (EXIF_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int ifd0Entries = 3;
        int ifd0Size = 2 + ifd0Entries * 12 + 4;
        int gpsOffset = 8 + ifd0Size;
        int gpsSize = 2 + 2 * 12 + 4;
        int descriptionOffset = gpsOffset + gpsSize;
        int latitudeOffset = descriptionOffset + description.length;
        tiff.putShort((short) ifd0Entries);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(descriptionOffset);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsOffset);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeOffset);
        tiff.putInt(0);
        tiff.put(description);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2423).putInt(100);  // 48° 51' 24.23"
        byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.putShort((short) 0xFFE1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(body);
        return segment.array();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
