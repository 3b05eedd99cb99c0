package uk.gov.lga.hub.persistence.challenge;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateObjectMapping;

/**
 * EclipseLink leaves an embedded object null when all its columns are null. A draft feedback report may have theme
 * feedback (its own table) and no summary or issue date yet; were it read as null, that feedback would vanish and
 * be written again as duplicates. So the report is always built.
 */
public class ReportAlwaysPresent implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        ((AggregateObjectMapping) descriptor.getMappingForAttributeName("report")).setIsNullAllowed(false);
    }
}
