# Hearth — English. Each language is one file like this one; the UI finds it by itself.
language-name = English
app-title = Hearth
language-choice = Language
model-loading = Getting ready to listen…
model-ready = Ready to listen. Speech model: { $name } ({ $weights })
model-missing = Hearth cannot listen yet: the speech model “{ $name }” is not installed. Staff can install it with: { $command }
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
    [one] 1 note written to { $path }
   *[other] { $count } notes written to { $path }
}
pdf-title = Wellbeing notes: { $name }
pdf-range = From { $from } to { $to }, included. Made { $made }.
pdf-confidential = Confidential: what a resident said and what the care team decided. Made by Hearth on this device.
pdf-none = No notes in this period.
pdf-revised = (corrected text; the original is kept in Hearth)
problem-export = The export was not written. { $detail }
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
first-run-text = Nobody is on the staff list yet. The first person added is the staff administrator, who then adds the caregivers. Residents never need a PIN.
staff-name = Name
staff-pin = PIN (4 to 12 digits)
staff-pin-again = The same PIN again
staff-role = Role
staff-create = Add to the staff list
staff-added = { $name } can now sign in.
staff-pins-differ = The two PINs are not the same.
care-staff = Staff
staff-heading = The staff list
problem-sign-in-needed = Please sign in.
problem-timed-out = You were signed out after 10 quiet minutes. Please sign in again.
problem-not-allowed = This needs a staff administrator.
problem-wrong-pin = That PIN is not right. { $tries ->
    [one] One more try before a pause.
   *[other] { $tries } more tries before a pause.
}
problem-locked-out = Too many wrong PINs. Please wait { $seconds } seconds, then try again.
problem-refused = Not saved: { $detail }
