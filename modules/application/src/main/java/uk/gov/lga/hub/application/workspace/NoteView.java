package uk.gov.lga.hub.application.workspace;

import java.time.Instant;
import uk.gov.lga.hub.domain.challenge.workspace.PeerNote;

/** One of the team's private notes. */
public record NoteView(long id, String theme, String text, String author, Instant writtenAt) {

    static NoteView of(PeerNote note) {
        return new NoteView(note.id(), note.themeCode(), note.text(), note.author(), note.writtenAt());
    }
}
