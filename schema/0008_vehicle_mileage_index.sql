-- Share-of-wallet loyalty (domain.md §4): every vehicle's first and last odometer reading up to a
-- date, read in (vehicle, date) order from this covering partial index instead of the whole visits
-- table (storage::VehicleUsageRepository).
-- Voided visits (0006) are no readings.
CREATE INDEX visits_vehicle_mileage ON visits (vehicle_id, visit_date, mileage)
    WHERE vehicle_id IS NOT NULL AND mileage IS NOT NULL AND voided_at IS NULL;
