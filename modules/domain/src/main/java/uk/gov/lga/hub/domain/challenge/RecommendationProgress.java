package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.shared.Rag;

/** The peers' view, at the progress review, of how far the council got with one recommendation. */
@Entity
@Table(name = "recommendation_progress")
public class RecommendationProgress extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id")
    private PeerChallenge challenge;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    private KeyRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rag rag;

    private String feedback;

    protected RecommendationProgress() {}

    RecommendationProgress(PeerChallenge challenge, KeyRecommendation recommendation, Rag rag, String feedback) {
        this.challenge = challenge;
        this.recommendation = recommendation;
        this.rag = rag;
        this.feedback = feedback;
    }

    public KeyRecommendation recommendation() {
        return recommendation;
    }

    public Rag rag() {
        return rag;
    }

    public String feedback() {
        return feedback;
    }
}
