package uk.gov.lga.hub.persistence.challenge;

import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.mappings.AggregateObjectMapping;

/**
 * EclipseLink reads an embedded object as null when all its columns are null. The feedback report and the progress
 * review each hold a collection in a table of their own (theme feedback, attendees): a draft report with feedback
 * but no summary yet would lose that feedback, and a null part with a collection cannot be written at all. So both
 * are always built, and the domain never leaves them null.
 */
public class ChallengePartsAlwaysPresent implements DescriptorCustomizer {

    private static final List<String> PARTS_WITH_COLLECTIONS = List.of("report", "progressReview");

    @Override
    public void customize(ClassDescriptor descriptor) {
        PARTS_WITH_COLLECTIONS.forEach(
                part -> ((AggregateObjectMapping) descriptor.getMappingForAttributeName(part)).setIsNullAllowed(false));
    }
}
