package uk.gov.lga.hub.ui.signin;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.io.Serializable;
import java.time.Instant;

/** One code flow under way: its state, nonce and PKCE verifier, where to go afterwards, and when it began. */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo, Instant startedAt)
        implements Serializable {

    static PendingSignIn start(String returnTo, Instant now) {
        return new PendingSignIn(
                new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), returnTo, now);
    }

    State stateValue() {
        return new State(state);
    }

    Nonce nonceValue() {
        return new Nonce(nonce);
    }

    CodeVerifier verifier() {
        return new CodeVerifier(codeVerifier);
    }
}
