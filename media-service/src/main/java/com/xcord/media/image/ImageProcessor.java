package com.xcord.media.image;

import com.xcord.media.MediaProperties;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded image into the variants served: EXIF orientation applied, then re-encoded from pixels, which
 * drops every metadata block (EXIF, GPS, XMP, comments) and leaves sRGB pixels; {@code original} bounded to
 * {@code originalMaxSide}, {@code small} to {@code smallArea} pixels; a BlurHash of the small one. JPEG out, PNG where
 * the image has transparency (or was a PNG). Animated GIFs keep their first frame.
 *
 * <p>Memory: the caller checks the header's pixel count against the limit before {@link #process}; decoding
 * subsamples anything over {@code originalMaxSide}² pixels (an upright JPEG: over 4 × the small area), and the
 * megapixels decoded at once across requests stay within {@code decode-budget}, so the heap this takes is bounded by
 * the pixels, never by the file size or the number of uploads.
 */
@Component
public class ImageProcessor {

    static {
        // the TwelveMonkeys plug-ins (WebP, better JPEG) register through the service loader of the class loader that
        // first touches ImageIO; scan again so they are found whichever thread (and loader) that was
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private final MediaProperties.Images settings;
    private final Semaphore decoding;

    ImageProcessor(MediaProperties properties) {
        this.settings = properties.images();
        this.decoding = new Semaphore(Math.max(1, settings.decodeBudget()), true);
    }

    /** The format and size the header declares; refused when no reader understands the file. */
    public ImageHeader header(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return new ImageHeader(reader.getFormatName().toLowerCase(java.util.Locale.ROOT), reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRefusedException("The image is corrupt or truncated", e);
        }
    }

    /** Decodes, orients, re-encodes; {@code header} must come from {@link #header} and be within the pixel limit. */
    public ProcessedImage process(Path file, ImageHeader header) {
        boolean jpeg = header.format().equals("jpeg");
        int orientation = jpeg ? ExifOrientation.of(file) : ExifOrientation.NORMAL;
        int maxSide = settings.originalMaxSide();
        boolean upright = jpeg && orientation == ExifOrientation.NORMAL && header.width() <= maxSide && header.height() <= maxSide;
        long decodedPixels = upright ? Math.min(header.pixels(), 4L * settings.smallArea())
                : Math.min(header.pixels(), (long) maxSide * maxSide);
        int permits = (int) Math.min(Math.max(1, (decodedPixels + 999_999) / 1_000_000), Math.max(1, settings.decodeBudget()));
        try {
            decoding.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode", e);
        }
        try {
            if (upright) {
                // an upright JPEG within bounds loses its metadata without a re-encode; its pixels are only needed for
                // the small variant, so they are decoded subsampled (the whole entropy-coded stream is still read,
                // so a corrupt file fails here like any other)
                byte[] stripped = JpegMetadataStripper.strip(file);
                if (stripped != null) {
                    BufferedImage preview = decode(file, header, 4L * settings.smallArea());
                    BufferedImage small = toArea(preview, settings.smallArea());
                    return new ProcessedImage(header.width(), header.height(), blurhash(small), List.of(
                            new ProcessedImage.EncodedVariant("original", "image/jpeg", header.width(), header.height(), stripped),
                            encode("small", small, false)));
                }
            }
            BufferedImage decoded = decode(file, header, (long) maxSide * maxSide);
            BufferedImage oriented = ExifOrientation.apply(decoded, orientation);
            boolean alpha = oriented.getColorModel().hasAlpha();
            boolean png = alpha || header.format().equals("png");
            BufferedImage original = bound(oriented, maxSide);
            BufferedImage small = toArea(original, settings.smallArea());
            List<ProcessedImage.EncodedVariant> variants = new ArrayList<>();
            variants.add(encode("original", original, png));
            variants.add(encode("small", small, alpha));
            return new ProcessedImage(original.getWidth(), original.getHeight(), blurhash(small), variants);
        } finally {
            decoding.release(permits);
        }
    }


    /** The {@code small} variant and BlurHash of a video's poster frame (a JPEG ffmpeg wrote). */
    public ProcessedImage poster(Path frame) {
        ImageHeader header = header(frame);
        ProcessedImage processed = process(frame, header);
        var small = processed.variants().stream().filter(v -> v.name().equals("small")).toList();
        return new ProcessedImage(processed.width(), processed.height(), processed.blurhash(), small);
    }

    /** Decoded whole, or subsampled by a whole step when over {@code maxPixels}: memory bounded by that, not the file. */
    private BufferedImage decode(Path file, ImageHeader header, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (header.pixels() > maxPixels) {
                    int step = (int) Math.ceil(Math.sqrt((double) header.pixels() / maxPixels));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                return toSrgb(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRefusedException("The image is corrupt or truncated", e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("unreadable");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("no decoder for this image");
        }
        return readers.next();
    }

    /** Plain 8-bit sRGB pixels (with alpha only where the image has some): what every encoder below takes. */
    private static BufferedImage toSrgb(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha() && hasTransparentPixel(image);
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type || (!alpha && image.getType() == BufferedImage.TYPE_3BYTE_BGR)
                || (alpha && image.getType() == BufferedImage.TYPE_4BYTE_ABGR)) {
            return image;  // already plain sRGB pixels the encoders take as they are
        }
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = converted.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return converted;
    }

    private static boolean hasTransparentPixel(BufferedImage image) {
        if (image.getAlphaRaster() == null) {
            return false;
        }
        var alpha = image.getAlphaRaster();
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getPixels(0, y, alpha.getWidth(), 1, row);
            for (int a : row) {
                if (a != 255) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage bound(BufferedImage image, int maxSide) {
        if (image.getWidth() <= maxSide && image.getHeight() <= maxSide) {
            return image;
        }
        return resize(image, maxSide, maxSide);
    }

    private static BufferedImage toArea(BufferedImage image, int area) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels <= area) {
            return image;
        }
        double scale = Math.sqrt((double) area / pixels);
        int w = Math.max(1, (int) Math.floor(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.floor(image.getHeight() * scale));
        return resize(image, w, h);
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        try {
            return Thumbnails.of(image).size(width, height).keepAspectRatio(true).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessedImage.EncodedVariant encode(String name, BufferedImage image, boolean png) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                BufferedImage pixels = image;
                if (!png) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(settings.jpegQuality());
                    pixels = opaque(image);
                }
                // no metadata argument: the writer emits only what it needs (JFIF / IHDR), nothing of the upload's
                writer.write(null, new IIOImage(pixels, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProcessedImage.EncodedVariant(name, png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(),
                bytes.toByteArray());
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** 4×3 components (3×4 for portrait) over the small variant shrunk to 32 px: detail beyond that is blurred away anyway. */
    static String blurhash(BufferedImage small) {
        BufferedImage tiny = small.getWidth() <= 32 && small.getHeight() <= 32 ? small : resizeSmooth(small, 32);
        int w = tiny.getWidth();
        int h = tiny.getHeight();
        int[] rgb = tiny.getRGB(0, 0, w, h, null, 0, w);
        return w >= h ? BlurHash.encode(rgb, w, h, 4, 3) : BlurHash.encode(rgb, w, h, 3, 4);
    }

    private static BufferedImage resizeSmooth(BufferedImage image, int maxSide) {
        double scale = (double) maxSide / Math.max(image.getWidth(), image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
