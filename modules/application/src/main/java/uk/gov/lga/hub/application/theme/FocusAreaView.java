package uk.gov.lga.hub.application.theme;

import uk.gov.lga.hub.domain.theme.FocusAreaUse;

/** A focus area that is still a choice, and how many challenges (scope) and recommendations (themes) name it. */
public record FocusAreaView(String code, String name, long challenges, long recommendations) {

    static FocusAreaView of(FocusAreaUse use) {
        return new FocusAreaView(use.theme().code(), use.theme().name(), use.challenges(), use.recommendations());
    }

    long uses() {
        return challenges + recommendations;
    }
}
