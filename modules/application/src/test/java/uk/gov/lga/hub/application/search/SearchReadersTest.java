package uk.gov.lga.hub.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.InMemoryHub;
import uk.gov.lga.hub.application.fakes.People;
import uk.gov.lga.hub.application.security.Caller;

/** Whose records a search may reach follows the caller's roles, the same rule as every other read. */
class SearchReadersTest {

    private final InMemoryHub hub = new InMemoryHub();
    private final SearchService service;
    private SearchReaders asked;

    SearchReadersTest() {
        Demo.in(hub);
        hub.provide((SearchIndex) (request, readers) -> {
            asked = readers;
            return new SearchResults(request.text(), 1, 20, 0, 0, false, List.of(), null);
        });
        service = hub.service(SearchService.class);
    }

    /** The readers the service handed the index for this caller's search. */
    private SearchReaders readersOf(Caller caller) {
        service.search(caller, SearchRequest.of("housing", null, null, null, null, null, null, null));
        return asked;
    }

    @Test
    void lgaStaffReadEveryCouncil() {
        assertEquals("*", readersOf(People.LGA_ADMIN).setting());
        assertEquals("*", readersOf(People.MANAGER).setting());
    }

    @Test
    void councilUsersReadTheirOwnCouncilOnly() {
        assertEquals(
                new SearchReaders(false, Set.of(Demo.COVENTRY), Optional.empty()), readersOf(People.COVENTRY_VIEWER));
        assertEquals(Demo.GATESHEAD, readersOf(People.GATESHEAD_EDITOR).setting());
    }

    @Test
    void anAdviserReadsTheCouncilsOfTheirRegion() {
        assertEquals(Demo.COVENTRY, readersOf(People.WEST_MIDLANDS_ADVISER).setting());
        assertEquals(Demo.GATESHEAD, readersOf(People.NORTH_EAST_ADVISER).setting());
    }

    @Test
    void aPeerReadsNoCouncilsRecordsOnlyTheirChallenges() {
        SearchReaders peer = readersOf(People.COVENTRY_PEER);
        assertEquals("", peer.setting());
        assertEquals(Optional.of(Demo.COVENTRY_PEER_USERNAME), peer.peer());
    }

    @Test
    void nobodyInParticularReadsOnlyWhatWasPublished() {
        assertTrue(readersOf(People.ANONYMOUS).isPublic());
        service.publicSearch(SearchRequest.of("housing", null, null, null, null, null, null, null));
        assertEquals(SearchReaders.PUBLIC, asked);
    }
}
