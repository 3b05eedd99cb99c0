package uk.gov.lga.hub.domain.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * A person in the LGA's peer directory, reused across challenges. LGA-wide shared data, not a council's: the team
 * keeps its own record of the person as they were on each challenge ({@code PeerTeamMember}, linked by id).
 */
@Entity
@Table(name = "peer")
public class Peer extends AttributedRecord {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeerKind kind;

    @Column(name = "political_group")
    private String politicalGroup;

    @Column(nullable = false)
    private String organisation;

    /** The council the peer works for, when their organisation is one: what the conflict check matches first. */
    @Column(name = "home_council")
    private String homeCouncil;

    private String position;

    private String email;

    private String username;

    @ManyToMany
    @JoinTable(
            name = "peer_theme",
            joinColumns = @JoinColumn(name = "peer_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    @OrderBy("displayOrder")
    private List<Theme> themes = new ArrayList<>();

    protected Peer() {}

    /** What the directory says about one person; everything but name, kind and organisation may be absent. */
    public record Details(
            String name,
            PeerKind kind,
            String politicalGroup,
            String organisation,
            String homeCouncil,
            String position,
            String email,
            String username,
            Collection<Theme> themes) {}

    public static Peer enlist(Details details, String by, Instant at) {
        Peer peer = new Peer();
        peer.revise(details, by, at);
        return peer;
    }

    public void revise(Details d, String by, Instant at) {
        DomainRuleViolation.require(d.kind() != null, "peer-kind-required", "Say what kind of peer this is.");
        String group = blankToNull(d.politicalGroup());
        DomainRuleViolation.require(
                group == null || d.kind().isMember(),
                "political-group-for-members-only",
                "Only member peers have a political group.");
        String council = blankToNull(d.homeCouncil());
        DomainRuleViolation.require(
                council == null || CouncilCode.isValid(council),
                "home-council-code",
                "A home council is named by its code, e.g. E08000026.");
        String mail = blankToNull(d.email());
        DomainRuleViolation.require(
                mail == null || mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "peer-email",
                "Enter an e-mail address like name@example.gov.uk.");
        Collection<Theme> expertise = d.themes() == null ? List.of() : d.themes();
        DomainRuleViolation.require(
                expertise.stream().allMatch(Theme::isCore),
                "peer-theme-core",
                "A peer's themes of expertise are core themes.");
        this.name = DomainRuleViolation.requireText(d.name(), "peer-name-required", "A peer's name");
        this.organisation = DomainRuleViolation.requireText(
                d.organisation(), "peer-organisation-required", "A peer's organisation");
        this.kind = d.kind();
        this.politicalGroup = group;
        this.homeCouncil = council;
        this.position = blankToNull(d.position());
        this.email = mail;
        this.username = blankToNull(d.username());
        this.themes = new ArrayList<>(expertise.stream().distinct().toList());
        changedBy(by, at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String name() {
        return name;
    }

    public PeerKind kind() {
        return kind;
    }

    public String politicalGroup() {
        return politicalGroup;
    }

    public String organisation() {
        return organisation;
    }

    public Optional<String> homeCouncil() {
        return Optional.ofNullable(homeCouncil);
    }

    public String position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String username() {
        return username;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }
}
