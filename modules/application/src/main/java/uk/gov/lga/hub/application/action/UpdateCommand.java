package uk.gov.lga.hub.application.action;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.shared.Rag;

/** A progress update: its date (today if not given), what happened, and optionally a new status or RAG. */
public record UpdateCommand(LocalDate writtenOn, String narrative, ActionStatus newStatus, Rag newRag) {}
