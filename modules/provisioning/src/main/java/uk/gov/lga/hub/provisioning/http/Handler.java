package uk.gov.lga.hub.provisioning.http;

/** Answers one route. A {@link Problem} it throws is the answer; anything else becomes a 500 or 502 problem. */
@FunctionalInterface
public interface Handler {

    Reply handle(Request request) throws Exception;
}
