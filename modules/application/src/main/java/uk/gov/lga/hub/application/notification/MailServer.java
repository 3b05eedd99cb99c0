package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Any SMTP relay, through Jakarta Mail: GreenMail on a developer's machine and in the tests, the LGA's relay in
 * production (host, port, STARTTLS, credentials from configuration: docs/operations.md).
 */
@ApplicationScoped
public class MailServer {

    @Inject
    @ConfigProperty(name = "hub.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "hub.mail.port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "hub.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "hub.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "hub.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hub.mail.from", defaultValue = "Peer Challenge Hub <no-reply@peer-challenge-hub.local>")
    String from;

    /** One mail, as plain text with an HTML alternative; a stable Message-ID lets clients drop a repeat. */
    public record Mail(String to, String subject, String text, String html, String messageId) {}

    /** Sends the mail or throws: the caller keeps it for another attempt. */
    public void send(Mail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session(), mail.messageId());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        if (username.isPresent()) {
            Transport.send(message, username.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        // A relay that hangs must not hold the sender (and its locked rows) for long.
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(props);
    }

    /** Keeps the Message-ID we give it (Jakarta Mail would otherwise make a new one on saving). */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
