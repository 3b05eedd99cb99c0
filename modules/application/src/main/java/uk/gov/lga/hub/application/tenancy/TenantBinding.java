package uk.gov.lga.hub.application.tenancy;

/**
 * Binds the current transaction to one council, in every layer that filters by it (implemented by the
 * persistence module: EclipseLink's tenant property and PostgreSQL's {@code app.tenant} setting).
 */
public interface TenantBinding {

    /** Must be the first thing a transaction does; a transaction is bound to one council at most. */
    void bind(String councilCode);
}
