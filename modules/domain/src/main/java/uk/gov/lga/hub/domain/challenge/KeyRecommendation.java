package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.theme.FocusAreaMerge;
import uk.gov.lga.hub.domain.theme.Theme;

/** One of a feedback report's numbered key recommendations, numbered as printed ("2.1", "a)"). */
@Entity
@Table(name = "key_recommendation")
public class KeyRecommendation extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id")
    private PeerChallenge challenge;

    @Column(name = "printed_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @ManyToMany
    @JoinTable(
            name = "key_recommendation_theme",
            joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    @OrderBy("displayOrder")
    private List<Theme> themes = new ArrayList<>();

    protected KeyRecommendation() {}

    KeyRecommendation(
            PeerChallenge challenge,
            int listOrder,
            String number,
            String title,
            String text,
            Collection<Theme> themes) {
        this.challenge = challenge;
        this.listOrder = listOrder;
        revise(number, title, text, themes);
    }

    /** Only its challenge calls this, and only while the report is a draft. */
    void revise(String number, String title, String text, Collection<Theme> themes) {
        this.number = DomainRuleViolation.requireText(
                number, "recommendation-number-required", "A recommendation's number as printed");
        this.title =
                DomainRuleViolation.requireText(title, "recommendation-title-required", "A recommendation's title");
        this.text = DomainRuleViolation.requireText(text, "recommendation-text-required", "A recommendation's text");
        this.themes.clear();
        this.themes.addAll(themes);
    }

    void mergeTheme(FocusAreaMerge merge) {
        merge.replaceIn(themes);
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public int listOrder() {
        return listOrder;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }
}
