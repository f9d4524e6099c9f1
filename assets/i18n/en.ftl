# Hearth — English. Each language is one file like this one; the UI finds it by itself.
language-name = English
app-title = Hearth
language-choice = Language
model-loading = Getting ready to listen…
model-ready = Ready to listen. Speech model: { $name } ({ $weights })
model-missing = Hearth cannot listen yet: the speech model “{ $name }” is not installed. Staff can put it on the device from a USB stick (on the care team’s screen, in Staff and display), or with: { $command }
model-failed = Hearth cannot listen: the speech model could not be loaded. { $detail }
no-engine = Hearth cannot reach its engine: { $detail }
journal-failed = Hearth cannot open its journal, so nothing new can be saved. Nothing already saved has been changed. { $detail }
screens = Screens
tab-talk = Talk
tab-notes = Notes for the care team
who-is-talking = Who is talking?
demo = Demo
hello-name = Hello, { $name }
not-you = Not { $name }? Choose someone else
talk-tap = Tap to talk
talk-hold = Hold to talk
talk-starting = Getting ready…
talk-listening-tap = I'm listening — tap when you have finished
talk-listening-hold = I'm listening — let go when you have finished
talk-working = Just a moment…
level = Sound level
saved = Thank you. I have written that down.
listen-nothing = I didn't catch that, could you say it again?
listen-full = That was a lot to say — I have kept all of it. Tap again to go on.
chat-start = Let's have a chat
chat-or-message = or leave a message:
chat-your-turn = Your turn — I'm listening.
chat-hearing = I'm listening to you…
chat-let-me-answer = Let me answer
chat-finished = I've finished
chat-stop = Stop for now
chat-back = Back
chat-saved = Thank you. I have written it all down for the care team.
chat-nothing-saved = Nothing was said, so nothing was written down.
chat-nothing-heard = I didn't hear anything.
staff-detail = For staff: { $detail }
read-screen = Read this screen to me
read-aloud = Read it to me
problem-no-voice = I can't speak aloud on this device, so I will show everything I say on the screen.
problem-language-not-supported = Chats are not available in this language yet ({ $language }). You can still leave a message.
problem-no-microphone = Hearth cannot hear you: no microphone was found. Please ask a member of staff.
problem-microphone-busy = Hearth cannot hear you: another program is using the microphone. Please ask a member of staff.
problem-microphone-denied = Hearth is not allowed to use the microphone. Please ask a member of staff.
problem-microphone = The microphone is not working. Please ask a member of staff. ({ $detail })
problem-model-not-ready = Hearth is not ready to listen yet. Please try again in a moment.
problem-already-listening = Hearth is already listening.
problem-unknown-resident = This person is no longer in the list. Please choose again.
problem-journal = Hearth could not save or read its journal. Nothing already saved has been lost. ({ $detail })
problem-recognition = Hearth could not understand the recording. Please try again. ({ $detail })
notes-heading = Notes
filter-resident = Resident
filter-everyone = Everyone
filter-day = Day
notes-none = No notes for this day yet.
source-spoken = Spoken
source-typed = Typed
source-check-in = Check-in
# The daily check-in (assets/checkins/daily.toml). Short sentences, one question at a time.
ci-greeting = Hello { $name }. Shall we have a little chat about how you are today?
ci-mood = How are you feeling today?
ci-mood-again = Are you feeling happy, so-so, or a bit down?
ci-sleep = How did you sleep last night?
ci-sleep-again = Did you sleep well, or was it a bad night?
ci-pain = Are you in any pain today?
ci-pain-again = Does anything hurt? You can say yes or no.
ci-pain-where = Where does it hurt?
ci-pain-where-again = Can you tell me where? Your back, your knee, your head…
ci-pain-how-bad = How bad is it, from nothing at zero to the worst at ten?
ci-pain-how-bad-again = If zero is no pain and ten is the worst, what number would you say?
ci-appetite = Have you been eating and drinking well?
ci-appetite-again = Did you enjoy your meals today, or not really?
ci-company = Have you had some company today, or have you felt lonely?
ci-company-again = Has anyone been to see you, or have you been on your own a lot?
ci-anything-else = Is there anything else you would like to tell me?
ci-remember = Would you like to talk about your family, your work, music, or places you have loved?
ci-remember-again = Family, work, music or places — or shall we stop there?
ci-remember-family = Tell me about your family. Who are you thinking of?
ci-remember-work = What work did you do? What was a day like?
ci-remember-music = What music do you love? Is there a song you remember?
ci-remember-places = Which place do you remember fondly? What was it like?
ci-goodbye = Thank you, { $name }. I have written it all down for the care team. Talk soon.
ci-later = That's all right, { $name }. We can talk another time.
ci-quiet = I'll let you rest, { $name }. We can talk again later.
ci-stop = Of course, { $name }. We'll stop here. I've kept what you told me.
ci-ack-glad = I'm glad to hear that.
ci-ack-sorry = I'm sorry to hear that.
ci-ack-sleep-poor = I'm sorry you had a poor night.
ci-ack-pain = Thank you for telling me. I'll let the care team know.
ci-ack-appetite-poor = I'll let the care team know, they may have something you fancy.
ci-ack-lonely = I'm sorry. I'll let the care team know you'd like some company.
ci-ack-urgent = Thank you for telling me. I'll make sure a carer hears about this straight away.
signals-inferred = What Hearth read in this note (to be confirmed)
inferred = Inferred
signal-mild = mild
signal-mood-positive = Mood: good
signal-mood-neutral = Mood: so-so
signal-mood-low = Mood: low
signal-pain-present = Pain
signal-pain-absent = No pain
signal-sleep-good = Slept well
signal-sleep-poor = Slept poorly
signal-appetite-good = Eating well
signal-appetite-poor = Eating poorly
signal-loneliness-present = Lonely
signal-loneliness-absent = Has company
signal-urgent-fall = URGENT: a fall
signal-urgent-dizziness = URGENT: dizziness
signal-urgent-chest-pain = URGENT: chest pain
signal-urgent-breathless = URGENT: breathlessness
signal-urgent-not-wanting-to-live = URGENT: does not want to live
body-knee = knee
body-hip = hip
body-back = back
body-head = head
body-neck = neck
body-shoulder = shoulder
body-arm = arm
body-hand = hand
body-wrist = wrist
body-leg = leg
body-foot = foot
body-ankle = ankle
body-chest = chest
body-stomach = stomach
body-tooth = tooth
body-ear = ear
body-eye = eye
body-throat = throat
body-elbow = elbow
body-joints = joints
ci-note-title = Check-in with { $name }
ci-note-stopped = (Ended before the last question; what was said is kept.)

## The care team: the day's board, deciding on what Hearth read, search
tab-care = Care team
care-views = Care team views
care-board = Today
care-notes = Notes
care-search = Search
board-heading = Who needs attention
board-quiet = No conversation this day.
board-fine = Nothing to flag.
board-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
board-to-review = { $count ->
    [0] all readings decided
    [one] 1 reading to confirm
   *[other] { $count } readings to confirm
}
board-last = last at { $time }
board-open = See { $name }’s notes
board-none = No residents yet.
flag-urgent = Urgent
flag-pain = Pain
flag-low-mood = Low mood
flag-poor-sleep = Poor sleep
flag-not-eating = Not eating
flag-lonely = Lonely
flags = What needs attention
review-confirm = Confirm
review-correct = Correct
review-dismiss = Dismiss
review-confirmed = Confirmed by { $author }
review-corrected = Corrected by { $author }
review-dismissed = Dismissed by { $author }
review-machine-read = Hearth read: { $reading }
review-from-words = from the words “{ $words }”
review-sounds-like = read by meaning, not by listed words: it sounds like “{ $example }”
review-saved = Saved.
review-decide = Decide on: { $reading }
correct-value = Reading
correct-place = Where
correct-score = Score out of 10
correct-score-none = not given
correct-save = Save the correction
correct-cancel = Cancel
correct-nothing = Change the reading, the place or the score first.
search-heading = Search the notes
search-words = Words to find
search-go = Search
search-signal = With a reading of
search-any-signal = Any
search-from = From
search-to = To
search-found = { $count ->
    [0] Nothing found.
    [one] 1 note found.
   *[other] { $count } notes found, newest first.
}
kind-mood = Mood
kind-pain = Pain
kind-sleep = Sleep
kind-appetite = Appetite
kind-loneliness = Loneliness
kind-urgent = Urgent
trends-heading = How they have been
trends-span = Days shown
trends-days = { $count } days
trends-chart = Chart of mood, sleep, appetite and pain by day; the same figures are in the table below.
trends-decided = confirmed by a person
trends-inferred = only inferred
trends-table = Show as a table
care-handover = Handover
handover-heading = Shift handover
handover-since = Since
handover-print = Print
handover-residents = Residents
handover-to-confirm = { $count ->
    [0] Nothing left to confirm
    [one] 1 reading not yet confirmed
   *[other] { $count } readings not yet confirmed
}
export-heading = Export these notes
export-to = up to { $day } (without a start: the 30 days before)
export-done = { $count ->
    [one] 1 note written to { $path }. This file is not encrypted: hand it over or print it, then delete it. Hearth deletes exports left on the device after the transcripts’ keeping time.
   *[other] { $count } notes written to { $path }. This file is not encrypted: hand it over or print it, then delete it. Hearth deletes exports left on the device after the transcripts’ keeping time.
}
pdf-title = Wellbeing notes: { $name }
pdf-range = From { $from } to { $to }, included. Made { $made }.
pdf-confidential = Confidential: what a resident said and what the care team decided. Made by Hearth on this device.
pdf-none = No notes in this period.
pdf-revised = (corrected text; the original is kept in Hearth)
problem-export = The export was not written. { $detail }
problem-backup = Nothing was changed. { $detail }
problem-backup-damaged = This backup is damaged or incomplete, so it cannot be restored. Nothing was changed. ({ $why })
problem-not-a-backup = This folder is not a Hearth backup: it has no manifest. Nothing was changed.
problem-backup-too-new = This backup was made by a newer version of Hearth (its schema is { $found }; this version reads up to { $known }). Install that version of Hearth or a newer one to restore it. Nothing was changed.
pdf-reading = { $state }: { $reading } — { $from }
trends-scale = In each row, higher is better: good mood, slept well, eating well; pain by its score, from none at the top to 10 at the bottom.
note-by = written by { $author }
note-revised = Words corrected by the care team; the original is kept (see History).
note-edit = Correct the words
note-history = History
note-new-words = The corrected words (the original is kept)
note-save = Save the words
history-original = As first saved:
history-revised = words corrected by { $author }
add-note-heading = Add a note about { $name }
add-note-label = What you noticed
add-note-save = Save the note
dictate = Dictate
dictate-stop = I've finished dictating
dictate-working = Just a moment…
dictate-check = Please read the words before saving: they were heard by the machine.

## Signing in: caregivers and staff administrators (residents never need a PIN)
sign-in-heading = Who is signing in?
sign-in-pin = Your PIN
sign-in-go = Sign in
sign-in-other = Someone else
signed-in-as = Signed in as { $name }
sign-out = Sign out
role-caregiver = caregiver
role-admin = staff administrator
first-run-heading = Set up Hearth for the care team
first-run-text = Nobody is on the staff list yet. First choose the staff passphrase; then the first person added is the staff administrator, who then adds the caregivers. Residents never need a PIN.
staff-name = Name
staff-pin = PIN (4 to 12 digits; an administrator’s at least 6)
staff-pin-again = The same PIN again
staff-role = Role
staff-create = Add to the staff list
staff-added = { $name } can now sign in.
staff-pins-differ = The two PINs are not the same.
care-staff = Staff and display
staff-heading = The staff list
problem-sign-in-needed = Please sign in.
problem-timed-out = You were signed out after 10 quiet minutes. Please sign in again.
problem-not-allowed = This needs a staff administrator.
problem-wrong-pin = That PIN is not right. { $tries ->
    [one] One more try before a pause.
   *[other] { $tries } more tries before a pause.
}
problem-locked-out = Too many wrong tries. Please wait { $seconds } seconds, then try again.
care-audit = Audit log
audit-heading = Audit log: who viewed, decided, exported or changed what
audit-when = When
audit-who = Who
audit-what = What
audit-about = About
audit-detail = Detail
audit-sign-in = signed in
audit-sign-in-refused = sign-in refused
audit-sign-out = signed out
audit-add-staff = added to the staff list
audit-view-board = viewed the board
audit-view-notes = viewed notes
audit-search = searched the notes
audit-view-trends = viewed trends
audit-view-handover = viewed the handover
audit-view-history = viewed a note's history
audit-decide = decided on a reading
audit-add-note = added a note
audit-revise-note = corrected a note's words
audit-export = exported notes
audit-view-audit = read the audit log
display-heading = How this device shows Hearth
display-text = Text size
display-contrast = High contrast (light on black)
display-motion = Reduce motion
audit-change-display = changed how this device shows Hearth
problem-weak-pin-digits = A PIN is digits only.
problem-weak-pin-length = A PIN has 4 to 12 digits.
problem-weak-pin-repeated = A PIN cannot be one digit repeated.
problem-weak-pin-run = A PIN cannot be a plain run like 1234.
problem-weak-pin-admin_length = A staff administrator’s PIN has at least 6 digits.
problem-pin-blocked = Too many wrong PINs: this PIN is blocked. A staff administrator can give a new one in Staff and display. If no administrator can sign in, the staff passphrase unblocks it.
sign-in-unblock-passphrase = Staff passphrase (to unblock this PIN)
sign-in-unblock = Unblock
sign-in-unblocked = { $name } can sign in again with their PIN.
audit-unblock-staff = unblocked a PIN with the staff passphrase
problem-name-taken = { $name } is already on the staff list.

## Residents and consent (staff administrators)
care-residents = Residents
residents-heading = Residents
resident-new = Add a resident
resident-edit = Edit { $name }
resident-editing-new = A new resident
resident-name = Preferred name
resident-language = Language they speak
resident-enjoys = Topics they enjoy (separate with commas)
resident-avoid-topics = Please do not ask about
resident-avoid-other = Other topics to avoid (separate with commas)
resident-talk-heading = How Hearth talks with { $name }
resident-rate = Speed of the voice
rate-slower = Slower
rate-normal = Normal
rate-quicker = Quicker
resident-volume = Loudness of the voice
resident-input = How { $name } answers
input-hands_free = Just speak (a pause ends the answer)
input-tap = Tap to start, tap when finished
input-hold = Hold the button while speaking
resident-pause = Pause that ends an answer
pause-short = Short (0.8 s)
pause-normal = Normal (1.2 s)
pause-long = Long (2 s), for someone who stops to find words
resident-captions = Show the companion's words on screen
resident-spoken = Speak the companion's words aloud
resident-one-button = One-button mode: one large button does everything
resident-text = Text size on { $name }'s screen
text-device = As on this device
resident-contrast = High contrast on { $name }'s screen
resident-save = Save
resident-saved = Saved.
resident-archive = Archive (moved out): keep their notes, take them off the lists
resident-restore = Bring back
resident-archived = archived
resident-may-listen = Consent on file: Hearth may listen
resident-no-consent = No consent on file: Hearth will not listen
consent-heading = Consent
consent-intro = Ask { $name } (or who speaks for them) for each. Nothing is recorded without it, and a withdrawal counts at once.
consent-speech_recognition = Listening: Hearth recognises { $name }'s speech, on this device only
consent-keep_transcripts = Keeping what { $name } says, as notes for the care team
consent-keep_audio = Keeping recordings of { $name }'s voice (Hearth keeps none in this version)
consent-given-by = Who answered (for example: { $name } herself, her son with power of attorney)
consent-give = Given
consent-withdraw = Withdrawn
consent-not-asked = Not asked yet.
consent-now-given = Given by { $by } on { $date }, recorded by { $staff }.
consent-now-withdrawn = Withdrawn by { $by } on { $date }, recorded by { $staff }.
consent-history = Every answer on file
consent-who-needed = Please say who answered.
problem-no-consent = Hearth does not have permission for this yet. A member of staff can record it on the resident's profile.
no-consent-resident = Hearth needs { $name }'s permission before it listens. Please ask a member of staff.
audit-view-residents = viewed residents' profiles
audit-add-resident = added a resident
audit-change-resident = changed a resident's profile
audit-archive-resident = archived a resident
audit-restore-resident = brought back a resident
audit-consent-given = recorded consent given
audit-consent-withdrawn = recorded consent withdrawn
one-button-start = Let's have a chat
chat-tap-answer = Tap here, then speak
chat-hold-answer = Hold this button and speak
chat-hold-release = Let go when you have finished

## Subject access (a resident's copy of everything held about them)
sar-intro = Everything Hearth holds about { $name }, on this device.
sar-language = Language: { $language }
sar-enjoys = Topics they enjoy: { $topics }
sar-avoids = Topics to avoid: { $topics }
sar-counts = Also in the JSON file: { $transcripts } transcripts still kept and { $audit } lines of the audit log about them.

## Keeping data, and residents' rights
retention-heading = How long Hearth keeps what residents said
retention-intro = Older records are deleted automatically every day, and each deletion is in the audit log.
retention-transcripts = Transcripts (what the recogniser heard in each turn, with its timing)
retention-notes = Notes, with what Hearth read in them and the care team's decisions
retention-days = { $days } days
retention-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}
retention-audio = Recordings of voices: never kept. Hearth listens, recognises the words, and forgets the sound.
retention-counts = { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}, { $transcripts ->
    [one] 1 transcript
   *[other] { $transcripts } transcripts
} and { $exports ->
    [one] 1 export file
   *[other] { $exports } export files
}
retention-would-delete = This would delete, now and for good: { $counts }. Nothing else changes until you choose.
retention-delete-now = Delete them and keep the new setting
retention-keep = Keep things as they are
purge-not-yet = The daily clean-up has not run since Hearth started.
purge-running = Deleting old records, a little at a time (Hearth stays usable): { $done } so far, of { $due }.
purge-progress = Old records deleted so far
purge-done = Last clean-up { $when }: { $removed } deleted.
purge-skipped = Clean-up of { $when } skipped: the device’s clock looks wrong, so nothing was deleted.
purge-failed = The last clean-up failed, nothing was lost: { $detail }
clock-wrong = The device’s clock looks wrong; nothing was deleted.
clock-wrong-detail = This device says it is { $now }. Hearth deletes old records only when it can trust the date. If the date or time is wrong, set them right in the system’s settings first, then come back here. If they are right (the device was switched off for a while), say so below.
clock-confirm = The date and time are right
clock-confirmed = Thank you. Old records will be cleaned up by the new date.
clock-banner = The device’s clock looks wrong, so Hearth is not deleting anything. Please check the date in Staff and display.
clock-banner-open = Check the date
problem-must-confirm = This would delete { $counts }. Confirm first.
problem-clock-moved = The device’s time has moved on since it was shown: please check it again.
audit-retention-purge-started = started deleting data past its keeping time
audit-retention-skipped = did not delete anything: the clock looked wrong
audit-confirm-clock = confirmed the device's date and time
rights-heading = Rights over their data
rights-copy = Make a copy of everything held about { $name } (JSON and PDF)
rights-copied = Written: { $files }
rights-erase-warning = Erasing deletes everything Hearth holds about { $name }: what they said, the notes, the readings and decisions, consent answers, the profile and their export files. Only a line in the audit log remains, saying who erased and when. It cannot be undone.
rights-erase-type = To confirm, type { $name }'s name exactly
rights-erase = Erase everything about { $name }
rights-erased = Erased: { $notes } notes and { $files } export files deleted.
audit-change-retention = changed how long data is kept
audit-retention-purge = deleted data past its keeping time
audit-subject-access = made a copy of everything held about a resident
audit-erase-resident = erased a resident

## The privacy notice (at first run, and at the foot of every screen)
privacy-heading = How Hearth looks after what you say
privacy-stays = Nothing leaves this device. Hearth works without the internet: it listens, recognises words and writes notes here, on this tablet or computer, and sends nothing anywhere. A copy leaves only when a member of staff makes one (an export) and takes it.
privacy-what = What Hearth keeps: each resident's preferred name and preferences; the words they say to it, as text, and the notes made of them; what Hearth read in them (mood, sleep, pain, appetite, company) and what the care team decided; consent answers; the names of staff and their PINs, scrambled so no one can read them; and a log of who looked at or changed what. Recordings of voices are never kept.
privacy-where = Where: in one encrypted file on this device ({ $path }), which opens only with the staff passphrase and which only Hearth's staff screens show.
privacy-how-long = For how long: what the recogniser heard in each turn, { $days } days; notes, with what was read in them and the decisions, { $years ->
    [one] 1 year
   *[other] { $years } years
}. Older records are deleted automatically every day.
privacy-rights = Nothing is recorded for a resident without their consent, and they can withdraw it at any time. They can ask for a copy of everything kept about them, or for it all to be erased: ask a staff administrator.
first-run-language = Choose the language of the screens at the top (residents each have their own). Please read below what Hearth keeps, and share it with residents and families.
staff-new-pin = New PIN for { $name }
staff-save-pin = Save the new PIN
staff-pin-reset = { $name } can sign in with the new PIN.
staff-remove = Remove { $name } (left)
staff-removed = { $name } can no longer sign in. What they signed keeps their name.
audit-reset-pin = gave a new PIN
audit-archive-staff = removed from the staff list

# The staff passphrase: the journal's lock (issue 7)
first-run-admin-heading = Now, the staff administrator
passphrase-choose-heading = First, the staff passphrase
passphrase-why = Residents' words are kept encrypted on this device. The staff passphrase is what opens them: Hearth asks for it each time it starts (after a restart or a power cut). Share it only with the care team; residents never need it.
passphrase-advice = Choose at least 10 characters. A few ordinary words that belong together only for you are strong and easy to remember, for example “blue kettle on the windowsill”.
passphrase-new = New staff passphrase
passphrase-again = The same passphrase again
passphrase-differ = The two passphrases are not the same.
passphrase-save = Lock the journal with this passphrase
passphrase-working = One moment…
passphrase-staff = Staff passphrase
passphrase-current = Current staff passphrase
passphrase-change = Change the passphrase
passphrase-change-text = Changing the passphrase also gives a new recovery code; the old code stops working.
passphrase-unprotected = This journal is encrypted with this device's key only, so anyone who takes the device can open it. Choose a staff passphrase to lock it.
passphrase-settings-heading = Staff passphrase
recovery-heading = Your recovery code
recovery-text = If the staff passphrase is ever forgotten, this code is the only way to open the journal. Nobody else has a copy: not Hearth, not its makers.
recovery-where = Print it or write it down now, and keep it locked away from this device, with the care home's important papers. It is shown only this once.
recovery-print = Print the code
recovery-kept = I have printed or written down the code and will keep it away from this device
recovery-done = Continue
recovery-code-field = Recovery code
locked-heading = Hearth is locked
locked-residents = Hearth keeps what residents say locked when it starts. Residents: please ask a member of staff to open it.
locked-staff = Staff: type the staff passphrase to open Hearth.
locked-open = Open Hearth
locked-forgotten = Forgotten the passphrase?
locked-recovery-text = Type the recovery code printed when the passphrase was chosen, then choose a new passphrase.
locked-recover = Open with the code and save the new passphrase
audit-unlock-journal = opened the journal with the staff passphrase
audit-recover-journal = opened the journal with the recovery code and chose a new passphrase
audit-protect-journal = locked the journal with a staff passphrase
audit-change-passphrase = changed the staff passphrase
problem-journal-locked = Hearth is locked: a member of staff needs to type the staff passphrase.
problem-journal-too-new = This journal was kept by a newer version of Hearth (its schema is { $found }; this version reads up to { $known }). Nothing was changed. Install that version of Hearth or a newer one to open it.
problem-wrong-passphrase = That is not the staff passphrase. { $tries ->
    [one] One more try before a pause.
   *[other] { $tries } more tries before a pause.
}
problem-wrong-recovery-code = That is not the recovery code. Check each group of five. { $tries ->
    [one] One more try before a pause.
   *[other] { $tries } more tries before a pause.
}
problem-weak-passphrase-short = A staff passphrase has at least 10 characters.
problem-weak-passphrase-long = A staff passphrase has at most 200 characters.
problem-weak-passphrase-repeated = A staff passphrase cannot be one character repeated.
problem-weak-passphrase-common = That passphrase is one of the first that anyone guessing would try. Choose a few ordinary words of your own.

# Putting the speech model on the device from the screen
speech-model-heading = Speech model
speech-model-have = Hearth has its speech model. A newer file can be put in the same way; it is used from the next start.
speech-model-need = Hearth needs its speech model file to listen (for example ggml-base.bin, about 150 MB, or ggml-base-q8_0.bin, about 80 MB). Put it on a USB stick, plug the stick in, then look for it here. Hearth checks the file before using it.
speech-model-look = Look for the model file
speech-model-none = No model file was found on a USB stick or in Downloads.
speech-model-size = { $mb } MB
speech-model-use = Use this file
speech-model-copying = Copying and checking the model: { $percent } %
speech-model-installed = The speech model “{ $name }” is installed. Hearth is getting ready to listen.
speech-model-failed = That file cannot be used. { $detail }
audit-import-model = put a speech model on the device
display-language = Language of the screens when Hearth starts
display-language-system = The system's
audit-change-language = changed the language this device starts in

## Why a request is refused (refused-<code>; one for each reason in crates/core/src/refusal.rs)
refused-no-such-resident = This person is no longer in the list. Please choose again.
refused-name-needed = A name is needed.
refused-name-too-long = A name is at most { $max } characters.
refused-not-a-language = “{ $given }” is not a language code.
refused-no-words-in-language = Hearth has no words in the language “{ $language }” yet.
refused-topic-too-long = A topic is at most { $max } characters.
refused-too-many-topics = At most { $max } topics.
refused-already-erased = Everything about this person has already been erased.
refused-confirm-name-to-erase = Type { $name }’s name exactly to erase everything about them.
refused-consent-giver-needed = Say who gave or withdrew the consent.
refused-author-needed = Say who is making this change.
refused-empty-note = The note is empty: nothing was saved.
refused-empty-correction = The new words are empty, so the note keeps its words.
refused-no-such-signal = That reading (number { $id }) is not in the journal.
refused-correction-changes-nothing = A correction must change the reading, the place or the score.
refused-pain-score-range = A pain score is from 0 to 10.
refused-unknown-place = “{ $place }” is not a place Hearth knows.
refused-wrong-value-for-kind = A { $kind } reading cannot be “{ $value }”.
refused-time-out-of-range = That date and time are out of range.
refused-period-backwards = That period ends before it starts.
refused-days-range = Choose between 1 and 366 days.
refused-speech-rate-range = The speech rate is from 90 to 200 words a minute.
refused-volume-range = The volume is from 10 % to 100 %.
refused-words-neither-shown-nor-spoken = The companion’s words must be shown, spoken, or both.
refused-text-size-range = The text size is from 100 % to 200 %.
refused-transcript-keep-range = Transcripts are kept from 7 days to 10 years.
refused-note-keep-range = Notes are kept from 1 to 30 years.
refused-transcripts-outlive-notes = Transcripts cannot be kept longer than the notes.
refused-passphrase-already-set = The journal already has a staff passphrase.
refused-no-passphrase-yet = The journal has no staff passphrase yet.
refused-passphrase-first = Choose the staff passphrase first.
refused-journal-already-open = The journal is already open.
refused-no-such-staff = That person is not on the staff list.
refused-last-administrator = The last staff administrator cannot be removed: add another first.
refused-first-is-administrator = The first person on the staff list is its administrator.
refused-model-file-not-found = { $path } is not among the model files found. Look for the files again.
refused-backup-place-not-found = { $path } is not among the places found for backups. Look again.
refused-backup-not-found = { $path } is not among the backups found. Look again.
refused-restore-not-confirmed = Tick the box to say the journal on this device is to be replaced.
refused-backup-wrong-passphrase = That is not the staff passphrase this backup was made under.
refused-daily-backups-kept = Keep between { $min } and { $max } daily backups.
refused-not-an-export = Hearth opens only the exports, papers and reports it wrote; { $path } is not one of them.

# The support report (administrators, on the staff screen).
support-heading = Help from whoever supports Hearth
support-text = If Hearth misbehaves, save a support report and give it to whoever looks after Hearth for the home. It says which versions run here, how Hearth is set up, how many residents and notes there are, and the end of its log. It holds no names and nothing anyone said.
support-save = Save a support report
support-saved = Saved as { $path }. It holds no names and nothing anyone said.

# The line at the foot of every screen: which Hearth this is.
about-line = Hearth { $version } · free software (MIT licence) · nothing leaves this device
backup-heading = Backups
backup-text = A backup holds the whole journal, still locked: it opens only with the staff passphrase (or its recovery code). Back up to a USB stick and keep it away from this device; a backup on the device itself is lost with it.
backup-here = Back up to { $place }
backup-look = Look for USB sticks and backups again
backup-made = Backed up to { $path }, and checked.
backup-restore-heading = Restore a backup
backup-restore-text = Restoring puts a backup's journal on this device in place of the one here, which is kept aside, not deleted. Hearth then starts again and opens with the passphrase the backup was made under.
backup-passphrase = The backup's staff passphrase
backup-replace = Replace the journal on this device (it is kept aside)
backup-restore = Restore this backup
backup-none = No backup found on a USB stick or on this device.
backup-restored = Restored. Hearth starts again in a moment; open it with the backup's passphrase.
audit-backup = backed up the journal
audit-restore = restored the journal from a backup
problem-device = This device's setting was not changed. { $detail }
device-heading = How this device is used
device-intro = A kiosk fills the screen, starts by itself when the tablet is switched on and keeps the screen awake. Residents cannot close it; the care team's screens and closing Hearth need a staff PIN, and leaving those screens signs out at once.
device-shared = Shared window
device-kiosk-lounge = Kiosk for a lounge (residents choose their own card)
device-kiosk-room-for = Kiosk in the room of
device-kiosk-room = Make it their kiosk
device-now-kiosk = This device is now a kiosk, from now on and each time it starts.
device-now-shared = This device is now a shared window.
close-hearth = Close Hearth
audit-change-device-mode = changed how this device is used
audit-close-hearth = closed Hearth
# The papers a home needs (Staff and display → Papers for the home): crates/core/src/papers.
paper-decimal-separator = .
paper-dpia-title = Data protection impact assessment (draft): Hearth on this device
paper-ai-title = About the AI in Hearth: transparency sheet
paper-made = Made by Hearth { $version } on { $made } from this device's own settings.
paper-dpia-intro = A draft for the care home's data protection officer (GDPR article 35). Hearth fills in what it knows about itself; the questions at the end are the home's to answer before Hearth is switched on. Edit the Markdown copy of this file to complete it.
paper-dpia-what = 1. What Hearth does, and why
paper-what-hearth-does = Residents talk to a tablet. Their speech is recognised on this device and kept as dated wellbeing notes, with readings (mood, sleep, pain, appetite, company) that the care team reviews. The purpose is to help care staff notice how residents are and hand over between shifts: Hearth supports care staff, it does not replace them.
paper-dpia-collected = 2. What is collected, and on what consent
paper-residents = { $count ->
    [one] One resident is on the list.
   *[other] { $count } residents are on the list.
} Each purpose below needs the resident's consent (or that of the person who speaks for them), recorded in Hearth with who gave it and when. Without it, nothing is recorded, and a withdrawal counts at once.
paper-purpose-listening = Listening (speech recognised on this device)
paper-purpose-notes = Keeping what they say as notes
paper-purpose-recordings = Keeping recordings of their voice (Hearth keeps none in this version)
paper-consent-count = { $purpose }: given for { $given }, withdrawn for { $withdrawn }, not yet asked for { $unasked }.
paper-also-kept = Also kept: residents' preferred names, languages and preferences; caregivers' own notes and decisions; staff names with scrambled PINs; an audit log of who saw or changed what. Never kept: recordings of voices (the sound is discarded once recognised).
paper-dpia-where = 3. Where it is kept, and how it is protected
paper-where-file = In one encrypted file on this device (SQLCipher, AES-256): { $path }
paper-where-key = { $protected ->
    [yes] The journal's key is sealed under the staff passphrase and under a recovery code kept apart: without one of them, the file opens nothing.
   *[other] There is no staff passphrase yet: until an administrator chooses one, the journal's key sits in a file beside it, and anyone who can read this device's files can read the journal.
}
paper-where-nothing-leaves = Nothing is sent off the device: no cloud, no telemetry. The only use of a network is a speech model download an administrator starts, or the home's own devices.
paper-where-backups = Backups are encrypted copies an administrator makes to a USB stick or to this device's folder ({ $count } in this device's folder now).
paper-where-device = { $mode ->
    [lounge] This device is a kiosk for a lounge: full screen, residents pick their own card; the care team's screens need a PIN.
    [room] This device is a kiosk in one resident's room: it opens on their page only; the care team's screens need a PIN.
   *[other] This device is a shared window that staff and residents take turns at.
}
paper-dpia-who = 4. Who may see it
paper-who-caregivers = { $count ->
    [one] One caregiver
   *[other] { $count } caregivers
} (each with their own PIN): the notes, readings and decisions, the handover, one resident's export.
paper-who-admins = { $count ->
    [one] One administrator
   *[other] { $count } administrators
}: also residents' profiles and consent, the staff list, settings, backups and the audit log.
paper-who-residents = A resident at the tablet sees their own conversation only, never the notes.
paper-who-audit = Every look at notes and every change is in the audit log, which names residents by number. Staff are signed out after ten quiet minutes.
paper-dpia-how-long = 5. How long it is kept
paper-keep-transcripts = What the recogniser heard in each turn: { $days } days.
paper-keep-notes = Notes, readings and decisions: { $years } years.
paper-keep-purge = Older records are deleted automatically every day, only when the device's clock can be believed; each deletion is in the audit log.
paper-dpia-infers = 6. What Hearth infers, and how a person decides
paper-infers = From the words said, Hearth reads wellbeing signals: mood, sleep, pain (with where and how bad), appetite, loneliness, and urgent ones (a fall, dizziness, chest pain, breathlessness, not wanting to live). Each reading is marked as inferred, shows the words it came from, and stays a suggestion until a caregiver confirms, corrects or dismisses it. The original words are never overwritten. An urgent reading puts the resident first on the care team's board.
paper-dpia-never = 7. What Hearth never does
paper-never-cloud = It sends nothing off the device.
paper-never-emergency = It calls no one and raises no alarm beyond its own screen: it is not an emergency system, and it does not replace rounds.
paper-never-diagnosis = It makes no diagnosis and gives no medical advice.
paper-never-recordings = It keeps no recording of anyone's voice.
paper-never-emotion = It does not read emotions from the sound of the voice or from faces: it reads the words said, as text.
paper-dpia-models = 8. The models, and how well they do
paper-model-speech = Speech recognition: Whisper { $model }, run on this device. Measured share of words heard wrong: English { $wer_en } %, French { $wer_fr } % on test recordings; soft voices, noise and accents do worse.
paper-model-signals = { $meaning ->
    [yes] Wellbeing readings: word lists in each language with a meaning model (multilingual-e5-small) as a second reader. On 165 sentences a language written apart from the tuning (measured { $date }): F1 score { $f1 }, urgent ones found { $urgent } % of the time.
   *[other] Wellbeing readings: word lists in each language (the meaning model is not installed on this device). On 165 sentences a language written apart from the tuning (measured { $date }): F1 score { $f1_words }, lower than with the meaning model.
}
paper-model-decides = Misreadings happen, both ways: a caregiver's decision is what counts, and staff keep their usual care.
paper-dpia-rights = 9. Residents' rights
paper-right-access = Access: a copy of everything held about a resident (a readable PDF and a complete JSON file), made by an administrator.
paper-right-rectify = Rectification: a note's words can be revised and a reading corrected; the original stays, marked as replaced.
paper-right-erase = Erasure: everything about a resident can be erased; the audit log keeps only that it happened, by number.
paper-right-withdraw = Withdrawing consent: counts at once, even in the middle of a conversation.
paper-dpia-risks = 10. Risks, and what reduces them
paper-risk-lost = A tablet lost or stolen: the journal is encrypted; without the passphrase or the recovery code it opens nothing.
paper-risk-misread = An urgent phrase misread or missed: urgent readings are favoured over precision and every reading is reviewed by a caregiver; Hearth is not an alarm.
paper-risk-seen = Notes seen by someone who should not: personal PINs, two roles, sign-out after ten quiet minutes (at once on a kiosk), the audit log.
paper-risk-machine = A resident not understanding they talk to a machine: Hearth's privacy notice says so on every screen, and staff explain it when they ask for consent.
paper-risk-kept = Data kept too long: retention deletes automatically, and refuses to when the clock looks wrong.
paper-risk-loss = Data lost: every save is all-or-nothing, backups are checked when made and before a restore, and nothing is replaced without being kept aside.
paper-dpia-questions = 11. Questions for the home to answer
paper-q-controller = Who is the controller, and who is the data protection officer? Were they consulted?
paper-q-basis = What is the lawful basis (GDPR article 6), and the article 9(2) condition for health data (for example (h), the provision of care)?
paper-q-capacity = How is consent asked of a resident who cannot give it, and who may give it for them?
paper-q-physical = Who has physical access to the tablets, and where are they kept at night?
paper-q-training = Which staff are trained to use Hearth, and how are PINs, the passphrase and the recovery code kept?
paper-q-breach = What is done if a tablet is lost or a breach is suspected (GDPR articles 33 and 34)?
paper-q-consulted = Were residents, families and staff consulted?
paper-q-review = When will this assessment be reviewed?
paper-signature = Completed by: ____________________   Role: ____________________   Date: ____________
paper-ai-intro = For residents, their families and staff. Please keep it where they can read it.
paper-ai-machine = You are talking to a computer program
paper-ai-machine-text = Hearth is not a person. It listens when asked, turns speech into text on this tablet, and answers with sentences written in advance. It does not understand the way a person does.
paper-ai-does = What the AI in Hearth does
paper-ai-does-speech = It recognises speech (Whisper { $model }), on this device.
paper-ai-does-signals = { $meaning ->
    [yes] It reads wellbeing signals from the words, with word lists and a meaning model.
   *[other] It reads wellbeing signals from the words, with word lists.
}
paper-ai-does-script = Its questions and replies are written in advance; no text is made up by a language model.
paper-ai-not = What it does not do
paper-ai-how-well = How well it works
paper-ai-limits = It can mishear: a soft voice, background noise or a strong accent make mistakes more likely. When it did not catch something, it says so.
paper-ai-people = People decide
paper-ai-data = Your data
paper-ai-rights = You may ask for a copy of what is held about you, have it corrected or erased, and withdraw consent at any time: ask the staff or the home's data protection officer.
paper-ai-home = For the care home
paper-ai-home-oversight = Readings are suggestions to staff who know the resident: a person checks each one.
paper-ai-home-training = Staff who use Hearth should know what it can and cannot do (this sheet and the README).
paper-ai-home-show = Residents are told they talk to a machine before they first use it, when their consent is asked.
papers-heading = Papers for the home
papers-intro = Before Hearth is switched on, a care home needs a data protection impact assessment and must tell residents they talk to a machine. Hearth drafts both from this device's settings: the assessment for the data protection officer to complete, the transparency sheet to give residents, families and staff. Each is saved as a PDF to print and a text file to edit.
papers-language = Language of the papers
papers-dpia = Draft the impact assessment (DPIA)
papers-ai = Make the AI transparency sheet
papers-saved = Saved on this device:
audit-make-paper = made a paper for the home
daily-heading = Back up every day
daily-off = Daily backups are off.
daily-on = Every day into { $place }/hearth-daily, keeping the newest { $keep }.
daily-newest = Newest: { $when }.
daily-none-yet = None made yet.
daily-failed = The last try failed: { $why }
daily-where = Where
daily-keep = How many to keep
daily-switch-on = Back up there every day
daily-switch-off = Stop daily backups
daily-now-on = Daily backups are on: one is made now if none was made today, each checked by opening it.
daily-now-off = Daily backups are off. The ones already made stay.
audit-change-daily-backup = changed the daily backup
open-file = Open { $name }

## Starting (said on the terminal and in a dialog when the window cannot open)
startup-no-window = Hearth could not open its window. Nothing that was saved is lost. Start Hearth again; if this happens again, ask whoever looks after this device to install Hearth's package again from its USB stick (sudo apt install ./hearth_*.deb): that also installs the WebKitGTK it needs.
startup-no-display = Hearth needs a desktop to open its window, and none was found. Start Hearth from the desktop's menu or icon, not from a remote terminal.
