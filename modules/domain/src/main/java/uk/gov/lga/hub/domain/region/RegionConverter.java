package uk.gov.lga.hub.domain.region;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a region as its stable code, which the region reference table also uses. */
@Converter(autoApply = true)
public class RegionConverter implements AttributeConverter<Region, String> {

    @Override
    public String convertToDatabaseColumn(Region region) {
        return region == null ? null : region.code();
    }

    @Override
    public Region convertToEntityAttribute(String code) {
        return code == null ? null : Region.fromCode(code);
    }
}
