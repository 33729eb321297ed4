package com.xcord.imagebase.healthcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * {@code /opt/xcord/bin/healthcheck <url>}: exits 0 if and only if GET {@code url} answers 2xx within two seconds.
 * The image has no curl; this runs on the image's own Java runtime (java.base only: HttpURLConnection loads far fewer
 * classes than java.net.http, and a healthcheck starts a JVM every few seconds).
 */
public final class Healthcheck {

    private static final int TIMEOUT_MILLIS = 2_000;

    private Healthcheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: healthcheck <url>");
            System.exit(2);
        }
        try {
            int status = get(args[0]);
            if (status < 200 || status > 299) {
                System.err.println("healthcheck: " + args[0] + " answered " + status);
                System.exit(1);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("healthcheck: " + args[0] + ": " + e);
            System.exit(1);
        }
    }

    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setInstanceFollowRedirects(false);
        try {
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body != null) {
                body.close();
            }
            return status;
        } finally {
            connection.disconnect();
        }
    }
}
