package com.xcord.edge.test;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP/1.1 client over a plain socket, for the requests well-behaved clients refuse to send (a {@code |} in the
 * path, a 20 KB URL, 300 headers): the bytes go out exactly as written, and the answer is read as the server sent
 * it (service-kit's test app, the gateway, realtime-service).
 */
public final class RawHttp {

    /** The answer: status, headers (names lower-cased, last value wins), body as UTF-8. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.get("content-type");
        }

        /** An RFC 9457 problem with this status: {@code application/problem+json}, {@code status}, {@code type},
         *  {@code title} and {@code detail} members. */
        public Response assertProblem(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(contentType()).as("Content-Type").isNotNull()
                    .satisfies(type -> assertThat(type.toLowerCase(Locale.ROOT)).startsWith("application/problem+json"));
            DocumentContext problem = JsonPath.parse(body);
            assertThat(problem.read("$.status", Integer.class)).isEqualTo(expected);
            assertThat(problem.read("$.type", String.class)).startsWith("https://xcord.local/problems/");
            assertThat(problem.read("$.title", String.class)).isNotBlank();
            assertThat(problem.read("$.detail", String.class)).isNotBlank();
            return this;
        }
    }

    private RawHttp() {
    }

    /** {@code GET target} with {@code Connection: close} and the given extra header lines ({@code "Name: value"}). */
    public static Response get(int port, String target, String... headerLines) {
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return send(port, head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Response send(int port, byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server answered and closed before taking the whole request: its answer is still readable
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in); // the CRLF after the chunk
        }
        return body.toByteArray();
    }

    /** A header line (ISO-8859-1, CRLF stripped), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
