package uk.gov.lga.hub.persistence.revision;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import uk.gov.lga.hub.application.revision.ChallengeRevision;
import uk.gov.lga.hub.application.revision.ReadRevisions;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.persistence.StatementCount;

/**
 * The V20 migration's counters, one statement each on a pooled connection of its own: a kept answer's only database
 * work, so it skips the JTA transaction and EclipseLink's query machinery (15-18% of a kept answer in JDK Flight
 * Recorder, issue 17). Counted in {@link StatementCount} like EclipseLink's statements.
 */
@ApplicationScoped
public class JdbcReadRevisions implements ReadRevisions {

    private static final String CHALLENGE = "select k.code, k.region_code, s.revision, exists (select 1 from"
            + " peer_team_member m where m.challenge_id = c.id and m.username = ?)"
            + " from peer_challenge c join council k on k.id = c.council_id"
            + " join challenge_revision s on s.council_id = c.council_id where c.id = ?";

    /** V28: binds its own statement to the council and reads behind the wall. */
    private static final String PLAN = "select plan_stamp(?, ?)";

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource pool;

    @Override
    public Optional<ChallengeRevision> challenge(long challengeId, String username) {
        return oneRow(
                CHALLENGE,
                query -> {
                    query.setString(1, username);
                    query.setLong(2, challengeId);
                },
                row -> new ChallengeRevision(
                        row.getString(1), Region.fromCode(row.getString(2)), row.getBoolean(4), row.getLong(3)),
                "The challenge's revision");
    }

    @Override
    public Optional<String> plan(long challengeId, String councilCode) {
        return oneRow(
                PLAN,
                query -> {
                    query.setLong(1, challengeId);
                    query.setString(2, councilCode);
                },
                row -> row.getString(1),
                "The action plan's revision");
    }

    /** The statement's first row, if any (a null value is none), counted as one statement. */
    private <T> Optional<T> oneRow(String sql, Parameters parameters, Row<T> read, String what) {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            parameters.set(query);
            StatementCount.counted();
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(read.from(row)) : Optional.empty();
            }
        } catch (SQLException failure) {
            throw new PersistenceException(what + " could not be read", failure);
        }
    }

    private interface Parameters {
        void set(PreparedStatement query) throws SQLException;
    }

    private interface Row<T> {
        T from(ResultSet row) throws SQLException;
    }
}
