import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command-line client for XCORD's WebSocket (DESIGN §6), with nothing but a JDK (11+):
 *
 * <pre>
 * java tools/XcordSocket.java ws://localhost:8080/ws "$ACCESS"
 * </pre>
 *
 * It prints every frame it receives, one per line; answers HELLO with IDENTIFY (the token given) and then
 * heartbeats at the interval HELLO asked for, with the last sequence number seen; and sends every line
 * typed on standard input as a frame, e.g. {@code {"op":"TYPING","d":{"conversationId":"…"}}}.
 * End of input (Ctrl-D) closes the socket; it exits when the server closes it, printing the close code.
 * A single-file program on purpose: no build, no dependency, readable in one sitting.
 */
public class XcordSocket {

    private static final Pattern OP = Pattern.compile("\"op\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern SEQ = Pattern.compile("\"s\"\\s*:\\s*(\\d+)");
    private static final Pattern INTERVAL = Pattern.compile("\"heartbeatInterval\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java tools/XcordSocket.java ws://localhost:8080/ws <access token>");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String token = args[1];
        AtomicLong lastSeq = new AtomicLong();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeats");
            t.setDaemon(true);
            return t;
        });

        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String frame = partial.toString();
                            partial.setLength(0);
                            System.out.println("< " + frame);
                            onFrame(ws, frame);
                        }
                        ws.request(1);
                        return null;
                    }

                    private void onFrame(WebSocket ws, String frame) {
                        Matcher seq = SEQ.matcher(frame);
                        if (seq.find()) {
                            lastSeq.set(Long.parseLong(seq.group(1)));
                        }
                        Matcher op = OP.matcher(frame);
                        if (op.find() && op.group(1).equals("HELLO")) {
                            Matcher interval = INTERVAL.matcher(frame);
                            long every = interval.find() ? Long.parseLong(interval.group(1)) : 41_250;
                            // the protocol asks for a random first delay, so that reconnecting clients spread out
                            long first = (long) (every * Math.random());
                            heartbeats.scheduleAtFixedRate(() -> send(ws, "{\"op\":\"HEARTBEAT\",\"d\":" + lastSeq.get() + "}", false),
                                    first, every, TimeUnit.MILLISECONDS);
                            send(ws, "{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}", false);
                        }
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                        System.out.println("closed: " + code + (reason.isEmpty() ? "" : " " + reason));
                        closed.complete(code);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        System.out.println("error: " + error);
                        closed.complete(-1);
                    }
                }).join();

        Thread input = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        send(socket, line.strip(), true);
                    }
                }
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            } catch (Exception e) {
                closed.complete(-1);
            }
        }, "stdin");
        input.setDaemon(true);
        input.start();
        int code = closed.join();
        System.exit(code == WebSocket.NORMAL_CLOSURE || code == 1000 ? 0 : 1);
    }

    private static synchronized void send(WebSocket ws, String frame, boolean echo) {
        if (echo) {
            System.out.println("> " + frame);
        }
        ws.sendText(frame, true).join();
    }
}
