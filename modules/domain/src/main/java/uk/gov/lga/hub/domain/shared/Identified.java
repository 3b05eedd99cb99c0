package uk.gov.lga.hub.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A record with a generated id from the schema's one sequence (allocated fifty at a time). */
@MappedSuperclass
public abstract class Identified {

    @Id
    @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
    private Long id;

    /** Empty (null) until the record is first saved. */
    public Long id() {
        return id;
    }
}
