package uk.gov.lga.hub.application.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.peer.PeerKind;

/** The directory page's filter: part of a name in any case, a kind, a theme of expertise; blank matches everyone. */
class PeerDirectoryFilterTest {

    private static final String FINANCE = "financial-planning-and-management";
    private static final String GOVERNANCE = "governance-and-culture";

    private final Demo demo = Demo.create();
    private final PeerDirectory directory = demo.hub.service(PeerDirectory.class);

    private void enlist(String name, PeerKind kind, String... themes) {
        directory.add(
                MANAGER,
                new PeerDirectory.PeerDetails(name, kind, null, "Somewhere", null, null, List.of(themes), null, null));
    }

    private List<String> names(String name, PeerKind kind, String theme) {
        return directory.list(MANAGER, new PeerDirectory.Filter(name, kind, theme)).stream()
                .map(PeerView::name)
                .toList();
    }

    @Test
    void filtersByPartOfTheNameKindAndTheme() {
        enlist("Dana Finch", PeerKind.OFFICER_PEER, FINANCE);
        enlist("Cllr Ann Danby", PeerKind.MEMBER_PEER, GOVERNANCE, FINANCE);
        enlist("Sam Wright", PeerKind.LEAD_OFFICER_PEER, GOVERNANCE);

        assertEquals(List.of("Cllr Ann Danby", "Dana Finch", "Sam Wright"), names(null, null, null));
        assertEquals(List.of("Cllr Ann Danby", "Dana Finch", "Sam Wright"), names(" ", null, ""));
        assertEquals(List.of("Cllr Ann Danby", "Dana Finch"), names(" dan", null, null));
        assertEquals(List.of("Dana Finch"), names("dan", PeerKind.OFFICER_PEER, null));
        assertEquals(List.of("Cllr Ann Danby", "Dana Finch"), names(null, null, FINANCE));
        assertEquals(List.of("Sam Wright"), names(null, PeerKind.LEAD_OFFICER_PEER, GOVERNANCE));
        assertEquals(List.of(), names("nobody", null, null));
    }

    @Test
    void theThemesToChooseFromAreCoreThemesAndOnlyLgaStaffSeeThem() {
        assertTrue(directory.themeChoices(MANAGER).stream()
                .anyMatch(t -> t.code().equals(FINANCE) && t.name().equals("Financial planning and management")));
        new HubAssertions(demo.hub).refusedAsDenied(() -> directory.themeChoices(COVENTRY_EDITOR));
        new HubAssertions(demo.hub)
                .refusedAsDenied(() -> directory.list(COVENTRY_EDITOR, PeerDirectory.Filter.EVERYONE));
    }
}
