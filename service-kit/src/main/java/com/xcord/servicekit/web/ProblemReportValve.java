package com.xcord.servicekit.web;

import com.xcord.edge.ProblemJson;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report as problem+json instead of its HTML page. Tomcat answers some requests itself, before any
 * filter or servlet runs (a character not allowed in the request target, a request line or headers over
 * {@code server.max-http-request-header-size}, more than 100 headers, an unsupported HTTP version), and renders
 * those answers with the host's error report valve; {@link TomcatProblems} puts this one in its place. Answers the
 * application wrote itself (every {@link ProblemErrorController} page) have a body already and pass untouched.
 */
class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone: nobody would read the answer
        }
        Problem problem = Problem.of(status, detail(status));
        byte[] json = ProblemJson.write(problem.type(), problem.title(), status, problem.detail());
        try {
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(json, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // as Tomcat's own report: the answer could not be sent, and there is no one to tell
        }
    }

    private static String detail(int status) {
        return status == 400
                ? "The request could not be parsed: a character not allowed in the URL, or a request line or headers"
                        + " over the limit"
                : ProblemExceptionHandler.defaultDetail(status);
    }
}
