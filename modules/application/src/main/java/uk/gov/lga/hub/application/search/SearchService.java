package uk.gov.lga.hub.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;

/**
 * Search: the public finds what was published; a signed-in person also finds what their roles let them read, by the
 * same rule as everywhere else ({@link CouncilAccess}): LGA staff every council's records, a principal adviser those
 * of their region's councils, a council's users their own council's; peers the recommendations of the challenges
 * whose team they are on. The councils' own words sit behind the tenant wall: the database only shows the rows of
 * the councils this class names in {@link SearchReaders}.
 */
@ApplicationScoped
@Transactional
public class SearchService {

    @Inject
    SearchIndex index;

    @Inject
    CouncilRepository councils;

    public SearchResults publicSearch(SearchRequest request) {
        return index.search(request, SearchReaders.PUBLIC);
    }

    public SearchResults search(Caller caller, SearchRequest request) {
        return index.search(request, readersFor(caller));
    }

    /** Whose records the caller may read, from their verified roles: the same rule as {@link CouncilAccess}. */
    private SearchReaders readersFor(Caller caller) {
        Optional<String> peer = caller.hasRole(Role.PEER) ? Optional.of(caller.username()) : Optional.empty();
        if (caller.isLgaStaff()) {
            return new SearchReaders(true, Set.of(), peer);
        }
        Set<String> readable = new HashSet<>();
        caller.councilCode().filter(c -> caller.isCouncilUser()).ifPresent(c -> readable.add(c.value()));
        if (caller.hasRole(Role.PRINCIPAL_ADVISER) && caller.region().isPresent()) {
            councils.findAll().stream()
                    .filter(c -> CouncilAccess.canReadDetail(caller, c))
                    .map(Council::code)
                    .forEach(readable::add);
        }
        return new SearchReaders(false, readable, peer);
    }
}
