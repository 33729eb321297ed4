package com.xcord.notification.email;

import com.xcord.notification.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders a digest from its templates ({@code templates/email/digest.txt} and {@code .html}, placeholders
 * {@code {{name}}}) and sends it over SMTP ({@code spring.mail.*}) as one multipart/alternative message, with the
 * one-click unsubscribe headers (RFC 2369, RFC 8058).
 */
@Component
class DigestMail {

    /** One line of the digest, already worded. */
    record Line(String text, String excerpt) {
    }

    private final JavaMailSender sender;
    private final NotificationProperties.Email settings;
    private final String textTemplate;
    private final String htmlTemplate;

    DigestMail(JavaMailSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.settings = properties.email();
        this.textTemplate = load("templates/email/digest.txt");
        this.htmlTemplate = load("templates/email/digest.html");
    }

    void send(String to, List<Line> lines, String unsubscribeToken) throws MessagingException {
        String unsubscribeUrl = settings.publicUrl() + "/api/v1/notifications/unsubscribe?token=" + unsubscribeToken;
        String subject = lines.size() == 1 ? "You have 1 new notification on XCORD"
                : "You have " + lines.size() + " new notifications on XCORD";
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Line line : lines) {
            text.append("- ").append(line.text());
            html.append("<li>").append(HtmlUtils.htmlEscape(line.text()));
            if (line.excerpt() != null) {
                text.append(": \"").append(line.excerpt()).append('"');
                html.append("<blockquote>").append(HtmlUtils.htmlEscape(line.excerpt())).append("</blockquote>");
            }
            text.append('\n');
            html.append("</li>\n");
        }
        Map<String, String> values = Map.of("count", Integer.toString(lines.size()), "inboxUrl", settings.publicUrl(),
                "unsubscribeUrl", unsubscribeUrl);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(fill(textTemplate, values).replace("{{items}}", text),
                fill(htmlTemplate, values).replace("{{items}}", html));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        sender.send(message);
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            result = result.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return result;
    }

    private static String load(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
