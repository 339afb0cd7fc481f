-- A user may also sign in to the dashboard with a password (jobcapture user passwd): kept as ASP.NET Core
-- Identity's salted PBKDF2 hash, null until one is set.
ALTER TABLE users ADD COLUMN PasswordHash TEXT NULL;
