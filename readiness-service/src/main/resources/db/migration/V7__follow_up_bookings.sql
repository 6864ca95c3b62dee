-- Follow-ups arranged ahead: booked, then delivered (the follow-up it becomes has the booking's id), missed (a missed
-- follow-up, likewise) or cancelled, once. The person's record row is locked by every change to their bookings.

CREATE TABLE follow_up_booking (
    id                       uuid PRIMARY KEY,
    crn                      text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    session_date             date NOT NULL,
    start_time               time NOT NULL,
    end_time                 time NOT NULL CHECK (end_time > start_time),
    delivered_by             text NOT NULL,
    delivered_by_role        text NOT NULL,
    appointment_id           uuid REFERENCES appointment (id),
    appointed_by             text,
    length                   text NOT NULL CHECK (length IN ('STANDARD', 'EXTENDED')),
    probation_service_device boolean NOT NULL,
    location                 text CHECK (length(location) <= 200),
    notes                    text CHECK (length(notes) <= 4000),
    referral_ids             jsonb NOT NULL,
    booked_by                text NOT NULL,
    booked_at                timestamptz NOT NULL,
    status                   text NOT NULL CHECK (status IN ('BOOKED', 'DELIVERED', 'MISSED', 'CANCELLED')),
    attendance               text CHECK (attendance IN ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY',
                                                        'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'RESCHEDULED')),
    cancellation_reason      text CHECK (cancellation_reason IN ('RESCHEDULED', 'PERSON_UNAVAILABLE',
                                                                 'DELIVERER_UNAVAILABLE', 'NO_LONGER_NEEDED',
                                                                 'BOOKED_IN_ERROR')),
    outcome_notes            text CHECK (length(outcome_notes) <= 4000),
    closed_by                text,
    closed_at                timestamptz,
    CHECK ((status = 'BOOKED') = (closed_at IS NULL)),
    CHECK ((status IN ('DELIVERED', 'MISSED')) = (attendance IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
);
CREATE INDEX follow_up_booking_of_person ON follow_up_booking (crn, session_date, start_time, id);
