package uk.gov.lga.hub.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** A person's mail as GreenMail holds it, read over IMAP like any mail client would (any password: auth is off). */
final class Mailbox {

    record Mail(String to, String subject, String text, String html, String messageId) {}

    private Mailbox() {}

    static String addressOf(String username) {
        return username + "@demo.peer-challenge-hub.test";
    }

    static List<Mail> of(String username) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", RunningStack.mail().imapPort(), addressOf(username), "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                String[] id = m.getHeader("Message-ID");
                mails.add(new Mail(
                        username,
                        m.getSubject(),
                        part(m, "text/plain"),
                        part(m, "text/html"),
                        id == null ? "" : id[0]));
            }
            inbox.close(false);
            return mails;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read " + username + "'s mail", e);
        }
    }

    /** Waits until the mailbox holds mail matching the test, then returns all of it. */
    static List<Mail> await(String username, Predicate<List<Mail>> ready, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<Mail> mails = of(username);
        while (!ready.test(mails) && System.nanoTime() < end) {
            Thread.sleep(500);
            mails = of(username);
        }
        return mails;
    }

    private static String part(Message m, String type) throws MessagingException, IOException {
        if (m.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                if (p.isMimeType(type)) {
                    return p.getContent().toString();
                }
            }
        }
        return m.isMimeType(type) ? m.getContent().toString() : "";
    }
}
