-- The one way the usage log loses entries: those older than the retention, by the owner's right. The runtime role may
-- call this, and may not UPDATE or DELETE the usage log itself (platform PlatformSchema.grant).
CREATE OR REPLACE FUNCTION purge_personal_data_access(cutoff TIMESTAMPTZ) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    deleted INTEGER;
BEGIN
    DELETE FROM personal_data_access WHERE at < cutoff;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END $$;

REVOKE ALL ON FUNCTION purge_personal_data_access(TIMESTAMPTZ) FROM PUBLIC;
