package uk.gov.lga.hub.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/** A council in England: the tenant whose peer challenges the service runs. */
@Entity
@Table(name = "council")
public class Council extends Identified {

    @Column(nullable = false, unique = true, length = 9)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_type", nullable = false)
    private CouncilType type;

    @Column(name = "region_code", nullable = false)
    private Region region;

    @Version
    private long version;

    protected Council() {}

    public Council(String code, String name, CouncilType type, Region region) {
        this.code = CouncilCode.of(code).value();
        this.name = DomainRuleViolation.requireText(name, "council-name-required", "The council's name");
        DomainRuleViolation.require(type != null, "council-type-required", "The council's type is required.");
        DomainRuleViolation.require(region != null, "council-region-required", "The council's region is required.");
        this.type = type;
        this.region = region;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CouncilType type() {
        return type;
    }

    public Region region() {
        return region;
    }
}
