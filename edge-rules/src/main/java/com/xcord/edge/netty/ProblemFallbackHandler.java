package com.xcord.edge.netty;

import com.xcord.edge.ProblemJson;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Gives every error answer that leaves with no body a problem+json one. Reactor Netty refuses some requests
 * before any application code runs and answers them itself with an empty body (a request line over the limit:
 * 414, headers over it: 431, an undecodable request: 400), and so does Spring's adapter for a URI
 * {@code java.net.URI} cannot parse (400), as do a CORS refusal and any other {@code setComplete()} on an
 * error status. Reactor Netty has no hook for those answers; its maintainers point to a channel handler of one's
 * own (reactor/reactor-netty#3327), which this is: it sits right after the HTTP codec, so every response of the
 * connection passes it, and it only acts on a status of 400 or more without a {@code Content-Type} and declared
 * empty. Anything with a body, and every 1xx–3xx (the WebSocket upgrade included), passes untouched.
 */
public final class ProblemFallbackHandler extends ChannelOutboundHandlerAdapter {

    static final String NAME = "xcord.problemFallback";

    /** The body for a split response (head, then an empty last content) whose head already went out. */
    private byte[] pendingBody;

    /** The customization both reactive edges apply to their server ({@code NettyServerCustomizer}). */
    public static HttpServer install(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> addAfterCodec(channel.pipeline()));
    }

    static void addAfterCodec(ChannelPipeline pipeline) {
        if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(NAME) == null) {
            pipeline.addAfter(NettyPipeline.HttpCodec, NAME, new ProblemFallbackHandler());
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse response && isBodilessError(response)) {
            byte[] body = problemFor(response.status().code(), response.status().reasonPhrase());
            if (msg instanceof FullHttpResponse full) {
                FullHttpResponse withBody = full.replace(Unpooled.wrappedBuffer(body));
                full.release();
                describe(withBody.headers(), body.length);
                ctx.write(withBody, promise);
                return;
            }
            describe(response.headers(), body.length);
            pendingBody = body;
        } else if (pendingBody != null && msg instanceof LastHttpContent last && !last.content().isReadable()) {
            LastHttpContent withBody = new DefaultLastHttpContent(Unpooled.wrappedBuffer(pendingBody));
            withBody.trailingHeaders().set(last.trailingHeaders());
            last.release();
            pendingBody = null;
            ctx.write(withBody, promise);
            return;
        } else if (msg instanceof LastHttpContent) {
            pendingBody = null;
        }
        super.write(ctx, msg, promise);
    }

    private static boolean isBodilessError(HttpResponse response) {
        if (response.status().code() < 400 || response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                || HttpUtil.isTransferEncodingChunked(response)) {
            return false;
        }
        if (response instanceof FullHttpResponse full) {
            return !full.content().isReadable();
        }
        return HttpUtil.isContentLengthSet(response) && HttpUtil.getContentLength(response, -1L) == 0;
    }

    private static void describe(HttpHeaders headers, int length) {
        headers.set(HttpHeaderNames.CONTENT_TYPE, ProblemJson.MEDIA_TYPE);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, length);
    }

    static byte[] problemFor(int status, String title) {
        String detail = switch (status) {
            case 400 -> "The request could not be parsed.";
            case 403 -> "The request is not allowed.";
            case 404 -> "No such resource.";
            case 405 -> "The method is not allowed here.";
            case 413 -> "The request is too large.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request header fields are too large.";
            default -> status >= 500 ? "The request failed on our side." : "The request cannot be processed.";
        };
        return ProblemJson.forStatus(status, title, detail);
    }
}
