package uk.gov.lga.hub.application.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_PEER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;

class NationalPictureTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final NationalPicture picture = demo.hub.service(NationalPicture.class);

    @Test
    void anyRegionsAdviserSeesCountsForEveryCouncilWithNoneAsZero() {
        demo.hub.nationalFigures.add(new CouncilResponseCounts(Demo.COVENTRY, 2, 1, 1, 0));

        List<NationalPicture.CouncilLine> lines = picture.responsesByCouncil(NORTH_EAST_ADVISER);

        assertEquals(
                List.of(2L, 0L),
                lines.stream().map(NationalPicture.CouncilLine::responses).toList());
        assertEquals(Demo.COVENTRY, lines.get(0).council().code());
    }

    @Test
    void councilUsersAndPeersAreRefusedBeforeAnyFigureIsComputed() {
        expect.refusedAsDenied(() -> picture.responsesByCouncil(COVENTRY_EDITOR));
        expect.refusedAsDenied(() -> picture.responsesByCouncil(COVENTRY_PEER));
        assertEquals(0, demo.hub.nationalFigures.asked());
    }
}
