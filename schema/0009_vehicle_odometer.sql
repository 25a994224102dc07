-- Every vehicle's first and last odometer reading (issue 12 speed note): the share-of-wallet
-- loyalty (domain.md §4, storage::VehicleUsageRepository) reads one row per vehicle here instead of
-- stepping through every reading of every vehicle (visits_vehicle_mileage, 0008).
-- "First" is the lowest (visit_date, mileage) and "last" the highest over the vehicle's visits that
-- recorded a mileage and are not voided — the same order the full scan used. Kept by the triggers
-- below on every insert, update and delete of visits (the bulk writer replays the insert trigger
-- set-based, BulkWriter::restoreSearchIndex). A vehicle without any reading has no row.
-- Key of a reading: visit_date || zero-padded mileage, so that min()/max() of the text give the
-- first and last reading in (date, mileage) order (mileage >= 0 by CHECK).
CREATE TABLE vehicle_odometer (
    vehicle_id INTEGER PRIMARY KEY,
    first_date TEXT NOT NULL,
    first_km   INTEGER NOT NULL,
    last_date  TEXT NOT NULL,
    last_km    INTEGER NOT NULL
) STRICT;

INSERT INTO vehicle_odometer (vehicle_id, first_date, first_km, last_date, last_km)
SELECT vehicle_id, substr(min(k), 1, 10), CAST(substr(min(k), 11) AS INTEGER),
       substr(max(k), 1, 10), CAST(substr(max(k), 11) AS INTEGER)
FROM (SELECT vehicle_id, visit_date || printf('%012d', mileage) AS k FROM visits
      WHERE vehicle_id IS NOT NULL AND mileage IS NOT NULL AND voided_at IS NULL)
GROUP BY vehicle_id;

-- A new reading can only move the first reading earlier or the last one later.
CREATE TRIGGER visits_odometer_ai AFTER INSERT ON visits
WHEN NEW.vehicle_id IS NOT NULL AND NEW.mileage IS NOT NULL AND NEW.voided_at IS NULL
BEGIN
    INSERT INTO vehicle_odometer (vehicle_id, first_date, first_km, last_date, last_km)
    VALUES (NEW.vehicle_id, NEW.visit_date, NEW.mileage, NEW.visit_date, NEW.mileage)
    ON CONFLICT (vehicle_id) DO UPDATE SET
        first_date = CASE WHEN (excluded.first_date, excluded.first_km) < (first_date, first_km)
                          THEN excluded.first_date ELSE first_date END,
        first_km   = CASE WHEN (excluded.first_date, excluded.first_km) < (first_date, first_km)
                          THEN excluded.first_km ELSE first_km END,
        last_date  = CASE WHEN (excluded.last_date, excluded.last_km) > (last_date, last_km)
                          THEN excluded.last_date ELSE last_date END,
        last_km    = CASE WHEN (excluded.last_date, excluded.last_km) > (last_date, last_km)
                          THEN excluded.last_km ELSE last_km END;
END;

-- Corrections, voids, transfers and deletes: the affected vehicles are read again from the
-- covering index (a handful of rows each).
CREATE TRIGGER visits_odometer_au AFTER UPDATE OF vehicle_id, visit_date, mileage, voided_at
ON visits
BEGIN
    DELETE FROM vehicle_odometer WHERE vehicle_id IN (OLD.vehicle_id, NEW.vehicle_id);
    INSERT INTO vehicle_odometer (vehicle_id, first_date, first_km, last_date, last_km)
    SELECT vehicle_id, substr(min(k), 1, 10), CAST(substr(min(k), 11) AS INTEGER),
           substr(max(k), 1, 10), CAST(substr(max(k), 11) AS INTEGER)
    FROM (SELECT vehicle_id, visit_date || printf('%012d', mileage) AS k FROM visits
          WHERE vehicle_id IN (OLD.vehicle_id, NEW.vehicle_id) AND mileage IS NOT NULL
            AND voided_at IS NULL)
    GROUP BY vehicle_id;
END;

CREATE TRIGGER visits_odometer_ad AFTER DELETE ON visits
WHEN OLD.vehicle_id IS NOT NULL
BEGIN
    DELETE FROM vehicle_odometer WHERE vehicle_id = OLD.vehicle_id;
    INSERT INTO vehicle_odometer (vehicle_id, first_date, first_km, last_date, last_km)
    SELECT vehicle_id, substr(min(k), 1, 10), CAST(substr(min(k), 11) AS INTEGER),
           substr(max(k), 1, 10), CAST(substr(max(k), 11) AS INTEGER)
    FROM (SELECT vehicle_id, visit_date || printf('%012d', mileage) AS k FROM visits
          WHERE vehicle_id = OLD.vehicle_id AND mileage IS NOT NULL AND voided_at IS NULL)
    GROUP BY vehicle_id;
END;
