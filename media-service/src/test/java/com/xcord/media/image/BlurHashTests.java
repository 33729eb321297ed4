package com.xcord.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The encoder against Wolt's reference implementation: the expected strings were computed by the TypeScript
 * {@code blurhash} package 2.0.5 ({@code encode(pixels, w, h, cx, cy)}) on the same synthetic pixels built here.
 */
class BlurHashTests {

    @Test
    void aGradientGivesTheReferenceHash() {
        assertThat(BlurHash.encode(gradient(32, 24), 32, 24, 4, 3)).isEqualTo("LEHewc31|fO?z6NFn]aNhSftfTf.");
        assertThat(BlurHash.encode(gradient(32, 24), 32, 24, 4, 4)).isEqualTo("UIHewc32]CO=uyRin^aNh9fafTfov~SOoAb0");
    }

    @Test
    void aCheckerboardGivesTheReferenceHash() {
        assertThat(BlurHash.encode(checker(40, 30), 40, 30, 4, 3)).isEqualTo("L9JjG?%4v}%4{~j[:hj[v}fQv}fQ");
    }

    @Test
    void oneOpaquePixelGivesTheReferenceHash() {
        assertThat(BlurHash.encode(new int[] {0xC86432}, 1, 1, 4, 3)).isEqualTo("L~M|T9}=}=}=}=}=}=}=}=}=}=}=");
    }

    @Test
    void theSamePixelsAlwaysGiveTheSameHash() {
        assertThat(BlurHash.encode(checker(40, 30), 40, 30, 4, 3)).isEqualTo(BlurHash.encode(checker(40, 30), 40, 30, 4, 3));
    }

    @Test
    void componentsOutsideOneToNineAreRefused() {
        assertThatThrownBy(() -> BlurHash.encode(new int[1], 1, 1, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlurHash.encode(new int[1], 1, 1, 4, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** As the reference run: r = floor(255x/(w-1)), g = floor(255y/(h-1)), b = (7x + 13y) mod 256. */
    private static int[] gradient(int w, int h) {
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (int) Math.floor(255.0 * x / (w - 1));
                int g = (int) Math.floor(255.0 * y / (h - 1));
                int b = (x * 7 + y * 13) % 256;
                px[y * w + x] = (r << 16) | (g << 8) | b;
            }
        }
        return px;
    }

    /** 8-pixel squares of (230, 40, 90) and (20, 180, 250). */
    private static int[] checker(int w, int h) {
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean on = ((x >> 3) + (y >> 3)) % 2 == 0;
                px[y * w + x] = on ? (230 << 16) | (40 << 8) | 90 : (20 << 16) | (180 << 8) | 250;
            }
        }
        return px;
    }
}
