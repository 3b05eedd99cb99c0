package uk.gov.lga.hub.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the stack uses: the one on 127.0.0.1:5432 when it answers, else an embedded real PostgreSQL.
 * Creates the schema owner and the application role (which owns nothing, so row-level security applies to it)
 * and the database. What the database contains is the migrations' business.
 */
public final class Database implements AutoCloseable {

    public static final String OWNER_ROLE = "hub_owner";
    public static final String APP_ROLE = "hub_app";
    public static final String PASSWORD = "hub";

    private final String host;
    private final int port;
    private final String name;
    private final EmbeddedPostgres embedded;

    private Database(String host, int port, String name, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.embedded = embedded;
    }

    /**
     * @param fresh drop the database first (tests); otherwise keep what is there (the run command)
     */
    public static Database localOrEmbedded(String name, boolean fresh) throws IOException, SQLException {
        Database db = reachable("127.0.0.1", 5432) ? new Database("127.0.0.1", 5432, name, null) : startEmbedded(name);
        db.prepare(fresh);
        return db;
    }

    /** A real PostgreSQL of our own, for machines without one (it copes with running as root). */
    public static Database embedded(String name) throws IOException, SQLException {
        Database db = startEmbedded(name);
        db.prepare(true);
        return db;
    }

    /** A server that is already running (e.g. a {@link RestartablePostgres}): the roles, and the database afresh. */
    public static Database onServer(String host, int port, String name) throws SQLException {
        Database db = new Database(host, port, name, null);
        db.prepare(true);
        return db;
    }

    private static Database startEmbedded(String name) throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(0).start();
        return new Database("127.0.0.1", pg.getPort(), name, pg);
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void prepare(boolean fresh) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement sql = admin.createStatement()) {
            for (String role : new String[] {OWNER_ROLE, APP_ROLE}) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + " login password '" + PASSWORD + "'; end if; end $$");
            }
            if (fresh) {
                sql.execute("drop database if exists " + name + " with (force)");
            }
            boolean exists;
            try (var rows = sql.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                sql.execute("create database " + name + " owner " + OWNER_ROLE);
            }
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(name);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
