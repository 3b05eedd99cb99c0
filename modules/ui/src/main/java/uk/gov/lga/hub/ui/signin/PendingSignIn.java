package uk.gov.lga.hub.ui.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** One code flow under way: its state, nonce and PKCE verifier, and where to go afterwards. */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start(String returnTo) {
        return new PendingSignIn(random(), random(), random(), returnTo);
    }

    /** PKCE S256: the challenge the authorisation request carries for the verifier the token request proves. */
    String codeChallenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
