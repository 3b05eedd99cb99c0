package uk.gov.lga.hub.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
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

    /** The day a register load first found the council missing from the register; null while it is listed. */
    @Column(name = "missing_from_register_since")
    private LocalDate missingFromRegisterSince;

    /** Whether its group exists in the identity provider (a council added by a register gets it on first use). */
    @Column(name = "identity_group_ready", nullable = false)
    private boolean identityGroupReady = true;

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

    /** A council the official register lists: its identity provider group is made on first use, not now. */
    public static Council fromRegister(String code, String name, CouncilType type, Region region) {
        Council council = new Council(code, name, type, region);
        council.identityGroupReady = false;
        return council;
    }

    public void rename(String newName) {
        this.name = DomainRuleViolation.requireText(newName, "council-name-required", "The council's name");
    }

    public void retype(CouncilType newType) {
        DomainRuleViolation.require(newType != null, "council-type-required", "The council's type is required.");
        this.type = newType;
    }

    public void moveTo(Region newRegion) {
        DomainRuleViolation.require(newRegion != null, "council-region-required", "The council's region is required.");
        this.region = newRegion;
    }

    /** Flagged, never removed: its challenges and records stay. Keeps the first day it was found missing. */
    public void flagMissingFromRegister(LocalDate since) {
        if (missingFromRegisterSince == null) {
            missingFromRegisterSince = since;
        }
    }

    public void backInRegister() {
        missingFromRegisterSince = null;
    }

    public LocalDate missingFromRegisterSince() {
        return missingFromRegisterSince;
    }

    public boolean identityGroupReady() {
        return identityGroupReady;
    }

    public void identityGroupMade() {
        identityGroupReady = true;
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
