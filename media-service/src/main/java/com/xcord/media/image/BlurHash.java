package com.xcord.media.image;

/**
 * The BlurHash encoder (https://blurha.sh), a line-by-line port of Wolt's reference implementation (the TypeScript
 * {@code blurhash} package, {@code encode}): the same sRGB ↔ linear conversions, quantisation and base-83 alphabet,
 * so the same pixels give the same string — {@code BlurHashTests} checks values computed by the reference.
 */
public final class BlurHash {

    private static final char[] DIGITS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~".toCharArray();
    private static final double[] SRGB_TO_LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0;
            SRGB_TO_LINEAR[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
    }

    private BlurHash() {
    }

    /**
     * @param rgb        packed {@code 0xRRGGBB} pixels, row by row ({@code BufferedImage#getRGB}'s layout; alpha ignored)
     * @param width      pixels per row
     * @param height     rows
     * @param componentsX horizontal components, 1..9
     * @param componentsY vertical components, 1..9
     */
    public static String encode(int[] rgb, int width, int height, int componentsX, int componentsY) {
        if (componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9) {
            throw new IllegalArgumentException("BlurHash must have between 1 and 9 components");
        }
        if (rgb.length != width * height) {
            throw new IllegalArgumentException("width and height must match the pixels");
        }
        double[][] factors = new double[componentsX * componentsY][];
        int n = 0;
        for (int y = 0; y < componentsY; y++) {
            for (int x = 0; x < componentsX; x++) {
                double normalisation = x == 0 && y == 0 ? 1 : 2;
                factors[n++] = multiplyBasis(rgb, width, height, x, y, normalisation);
            }
        }
        StringBuilder hash = new StringBuilder();
        append(hash, componentsX - 1 + (componentsY - 1) * 9, 1);
        double maximumValue;
        if (factors.length > 1) {
            // as the reference: the largest signed AC value (not its magnitude)
            double actualMaximum = Double.NEGATIVE_INFINITY;
            for (int i = 1; i < factors.length; i++) {
                for (double v : factors[i]) {
                    actualMaximum = Math.max(actualMaximum, v);
                }
            }
            int quantised = (int) Math.floor(Math.max(0, Math.min(82, Math.floor(actualMaximum * 166 - 0.5))));
            maximumValue = (quantised + 1) / 166.0;
            append(hash, quantised, 1);
        } else {
            maximumValue = 1;
            append(hash, 0, 1);
        }
        append(hash, encodeDc(factors[0]), 4);
        for (int i = 1; i < factors.length; i++) {
            append(hash, encodeAc(factors[i], maximumValue), 2);
        }
        return hash.toString();
    }

    private static double[] multiplyBasis(int[] rgb, int width, int height, int cx, int cy, double normalisation) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                double basis = normalisation * Math.cos(Math.PI * cx * x / width) * Math.cos(Math.PI * cy * y / height);
                int pixel = rgb[y * width + x];
                r += basis * SRGB_TO_LINEAR[(pixel >> 16) & 0xff];
                g += basis * SRGB_TO_LINEAR[(pixel >> 8) & 0xff];
                b += basis * SRGB_TO_LINEAR[pixel & 0xff];
            }
        }
        double scale = 1.0 / (width * height);
        return new double[] {r * scale, g * scale, b * scale};
    }

    private static int encodeDc(double[] value) {
        return (linearToSrgb(value[0]) << 16) + (linearToSrgb(value[1]) << 8) + linearToSrgb(value[2]);
    }

    private static int encodeAc(double[] value, double maximumValue) {
        int r = quantiseAc(value[0], maximumValue);
        int g = quantiseAc(value[1], maximumValue);
        int b = quantiseAc(value[2], maximumValue);
        return r * 19 * 19 + g * 19 + b;
    }

    private static int quantiseAc(double value, double maximumValue) {
        return (int) Math.floor(Math.max(0, Math.min(18, Math.floor(signPow(value / maximumValue, 0.5) * 9 + 9.5))));
    }

    private static int linearToSrgb(double value) {
        double v = Math.max(0, Math.min(1, value));
        return v <= 0.0031308 ? (int) (v * 12.92 * 255 + 0.5) : (int) ((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static double signPow(double value, double exponent) {
        return Math.copySign(Math.pow(Math.abs(value), exponent), value);
    }

    private static void append(StringBuilder hash, int value, int length) {
        for (int i = 1; i <= length; i++) {
            int digit = (int) (value / Math.pow(83, length - i) % 83);
            hash.append(DIGITS[digit]);
        }
    }
}
