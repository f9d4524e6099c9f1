# Hearth — français.
language-name = Français
app-title = Hearth
language-choice = Langue
model-loading = Préparation de l’écoute…
model-ready = Prêt à écouter. Modèle de parole : { $name } ({ $weights })
model-missing = Hearth ne peut pas encore écouter : le modèle de parole « { $name } » n’est pas installé. Le personnel peut l’installer avec : { $command }
model-failed = Hearth ne peut pas écouter : le modèle de parole n’a pas pu être chargé. { $detail }
no-engine = Hearth ne joint pas son moteur : { $detail }
journal-failed = Hearth ne peut pas ouvrir son journal : rien de nouveau ne peut être enregistré. Rien de ce qui est déjà enregistré n’a été modifié. { $detail }
screens = Écrans
tab-talk = Parler
tab-notes = Notes pour l’équipe
who-is-talking = Qui parle ?
demo = Démo
hello-name = Bonjour, { $name }
not-you = Vous n’êtes pas { $name } ? Choisir une autre personne
talk-tap = Touchez pour parler
talk-hold = Maintenez pour parler
talk-starting = Je me prépare…
talk-listening-tap = Je vous écoute — touchez quand vous avez fini
talk-listening-hold = Je vous écoute — relâchez quand vous avez fini
talk-working = Un instant…
level = Niveau sonore
saved = Merci. Je l’ai noté.
listen-nothing = Je n’ai pas bien entendu, pouvez-vous le redire ?
listen-full = Cela faisait beaucoup — j’ai tout gardé. Touchez à nouveau pour continuer.
chat-start = Discutons un peu
chat-or-message = ou laissez un message :
chat-your-turn = À vous — je vous écoute.
chat-hearing = Je vous écoute…
chat-let-me-answer = Je veux répondre
chat-finished = J’ai fini
chat-stop = Arrêter pour l’instant
chat-back = Retour
chat-saved = Merci. J’ai tout noté pour l’équipe soignante.
chat-nothing-saved = Rien n’a été dit, donc rien n’a été noté.
chat-nothing-heard = Je n’ai rien entendu.
staff-detail = Pour le personnel : { $detail }
read-screen = Lisez-moi cet écran
read-aloud = Lisez-le-moi
problem-no-voice = Je ne peux pas parler à voix haute sur cet appareil : tout ce que je dis s’affichera à l’écran.
problem-language-not-supported = La discussion n’existe pas encore dans cette langue ({ $language }). Vous pouvez laisser un message.
problem-no-microphone = Hearth ne vous entend pas : aucun micro n’a été trouvé. Demandez à un membre du personnel.
problem-microphone-busy = Hearth ne vous entend pas : un autre programme utilise le micro. Demandez à un membre du personnel.
problem-microphone-denied = Hearth n’a pas le droit d’utiliser le micro. Demandez à un membre du personnel.
problem-microphone = Le micro ne fonctionne pas. Demandez à un membre du personnel. ({ $detail })
problem-model-not-ready = Hearth n’est pas encore prêt à écouter. Réessayez dans un instant.
problem-already-listening = Hearth écoute déjà.
problem-unknown-resident = Cette personne n’est plus dans la liste. Choisissez à nouveau.
problem-journal = Hearth n’a pas pu lire ou enregistrer son journal. Rien de ce qui était enregistré n’a été perdu. ({ $detail })
problem-recognition = Hearth n’a pas pu comprendre l’enregistrement. Réessayez. ({ $detail })
notes-heading = Notes
filter-resident = Résident
filter-everyone = Tout le monde
filter-day = Jour
notes-none = Pas encore de note pour ce jour.
source-spoken = Parlé
source-typed = Écrit
source-check-in = Point du jour
# Le point du jour (assets/checkins/daily.toml). Phrases courtes, une question à la fois.
ci-greeting = Bonjour { $name }. On discute un petit peu de comment vous allez aujourd’hui ?
ci-mood = Comment vous sentez-vous aujourd’hui ?
ci-mood-again = Vous vous sentez bien, comme ci comme ça, ou un peu triste ?
ci-sleep = Comment avez-vous dormi cette nuit ?
ci-sleep-again = Vous avez bien dormi, ou c’était une mauvaise nuit ?
ci-pain = Avez-vous mal quelque part aujourd’hui ?
ci-pain-again = Est-ce que quelque chose vous fait mal ? Vous pouvez dire oui ou non.
ci-pain-where = Où avez-vous mal ?
ci-pain-where-again = Vous pouvez me dire où ? Le dos, le genou, la tête…
ci-pain-how-bad = C’est fort comment, de zéro pour rien du tout à dix pour le pire ?
ci-pain-how-bad-again = Si zéro c’est pas de douleur et dix le pire, vous diriez combien ?
ci-appetite = Avez-vous bien mangé et bien bu ?
ci-appetite-again = Vos repas vous ont plu aujourd’hui, ou pas trop ?
ci-company = Avez-vous eu de la compagnie aujourd’hui, ou vous êtes-vous senti seul ?
ci-company-again = Quelqu’un est venu vous voir, ou vous êtes resté seul souvent ?
ci-anything-else = Y a-t-il autre chose que vous aimeriez me dire ?
ci-remember = Voulez-vous parler de votre famille, de votre travail, de musique, ou d’endroits que vous avez aimés ?
ci-remember-again = La famille, le travail, la musique ou les endroits — ou on s’arrête là ?
ci-remember-family = Parlez-moi de votre famille. À qui pensez-vous ?
ci-remember-work = Quel était votre métier ? Comment se passait une journée ?
ci-remember-music = Quelle musique aimez-vous ? Il y a une chanson dont vous vous souvenez ?
ci-remember-places = De quel endroit gardez-vous un bon souvenir ? C’était comment ?
ci-goodbye = Merci, { $name }. J’ai tout noté pour l’équipe. À bientôt.
ci-later = Pas de souci, { $name }. On parlera une autre fois.
ci-quiet = Je vous laisse vous reposer, { $name }. On reparlera plus tard.
ci-stop = Bien sûr, { $name }. On s’arrête là. J’ai gardé ce que vous m’avez dit.
ci-ack-glad = Ça me fait plaisir.
ci-ack-sorry = Je suis désolé de l’entendre.
ci-ack-sleep-poor = Je suis désolé que la nuit ait été difficile.
ci-ack-pain = Merci de me l’avoir dit. Je vais prévenir l’équipe.
ci-ack-appetite-poor = Je vais le dire à l’équipe, ils auront peut-être quelque chose qui vous fera envie.
ci-ack-lonely = Je suis désolé. Je vais dire à l’équipe que vous aimeriez de la compagnie.
ci-ack-urgent = Merci de me l’avoir dit. Je vais m’assurer qu’un soignant soit prévenu tout de suite.
signals-inferred = Ce que Hearth a lu dans cette note (à confirmer)
inferred = Déduit
signal-mild = léger
signal-mood-positive = Humeur : bonne
signal-mood-neutral = Humeur : moyenne
signal-mood-low = Humeur : basse
signal-pain-present = Douleur
signal-pain-absent = Pas de douleur
signal-sleep-good = A bien dormi
signal-sleep-poor = A mal dormi
signal-appetite-good = Mange bien
signal-appetite-poor = Mange peu
signal-loneliness-present = Se sent seul·e
signal-loneliness-absent = A de la compagnie
signal-urgent-fall = URGENT : une chute
signal-urgent-dizziness = URGENT : vertiges
signal-urgent-chest-pain = URGENT : douleur à la poitrine
signal-urgent-breathless = URGENT : essoufflement
signal-urgent-not-wanting-to-live = URGENT : ne veut plus vivre
body-knee = genou
body-hip = hanche
body-back = dos
body-head = tête
body-neck = cou
body-shoulder = épaule
body-arm = bras
body-hand = main
body-wrist = poignet
body-leg = jambe
body-foot = pied
body-ankle = cheville
body-chest = poitrine
body-stomach = ventre
body-tooth = dents
body-ear = oreille
body-eye = yeux
body-throat = gorge
body-elbow = coude
body-joints = articulations
ci-note-title = Point du jour avec { $name }
ci-note-stopped = (Interrompu avant la dernière question ; ce qui a été dit est gardé.)

## L’équipe : le tableau du jour, décider de ce que Hearth a lu, chercher
tab-care = Équipe
care-views = Vues de l’équipe
care-board = Aujourd’hui
care-notes = Notes
care-search = Chercher
board-heading = Qui a besoin d’attention
board-quiet = Pas de conversation ce jour-là.
board-fine = Rien à signaler.
board-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
board-to-review = { $count ->
    [0] toutes les lectures décidées
    [one] 1 lecture à confirmer
   *[other] { $count } lectures à confirmer
}
board-last = dernière à { $time }
board-open = Voir les notes de { $name }
board-none = Pas encore de résident.
flag-urgent = Urgent
flag-pain = Douleur
flag-low-mood = Moral bas
flag-poor-sleep = Mauvais sommeil
flag-not-eating = Mange peu
flag-lonely = Se sent seul·e
flags = Ce qui demande de l’attention
review-confirm = Confirmer
review-correct = Corriger
review-dismiss = Écarter
review-confirmed = Confirmé par { $author }
review-corrected = Corrigé par { $author }
review-dismissed = Écarté par { $author }
review-machine-read = Hearth avait lu : { $reading }
review-from-words = d’après les mots « { $words } »
review-saved = Enregistré.
review-decide = Décider : { $reading }
correct-value = Lecture
correct-place = Où
correct-score = Note sur 10
correct-score-none = non donnée
correct-save = Enregistrer la correction
correct-cancel = Annuler
correct-nothing = Changez d’abord la lecture, l’endroit ou la note.
search-heading = Chercher dans les notes
search-words = Mots à trouver
search-go = Chercher
search-signal = Avec une lecture de
search-any-signal = Toutes
search-from = Du
search-to = Au
search-found = { $count ->
    [0] Rien trouvé.
    [one] 1 note trouvée.
   *[other] { $count } notes trouvées, les plus récentes d’abord.
}
kind-mood = Moral
kind-pain = Douleur
kind-sleep = Sommeil
kind-appetite = Appétit
kind-loneliness = Solitude
kind-urgent = Urgent
trends-heading = Comment ça s’est passé
trends-span = Jours affichés
trends-days = { $count } jours
trends-chart = Graphique du moral, du sommeil, de l’appétit et de la douleur par jour ; les mêmes données sont dans le tableau ci-dessous.
trends-decided = confirmé par une personne
trends-inferred = seulement déduit
trends-table = Voir sous forme de tableau
care-handover = Relève
handover-heading = Relève d’équipe
handover-since = Depuis
handover-print = Imprimer
handover-residents = Résidents
handover-to-confirm = { $count ->
    [0] Rien à confirmer
    [one] 1 lecture pas encore confirmée
   *[other] { $count } lectures pas encore confirmées
}
export-heading = Exporter ces notes
export-to = jusqu’au { $day } (sans début : les 30 jours d’avant)
export-done = { $count ->
    [one] 1 note écrite dans { $path }
   *[other] { $count } notes écrites dans { $path }
}
pdf-title = Notes de bien-être : { $name }
pdf-range = Du { $from } au { $to } inclus. Fait le { $made }.
pdf-confidential = Confidentiel : ce qu’un résident a dit et ce que l’équipe a décidé. Fait par Hearth sur cet appareil.
pdf-none = Pas de note sur cette période.
pdf-revised = (texte corrigé ; l’original est gardé dans Hearth)
problem-export = L’export n’a pas été écrit. { $detail }
pdf-reading = { $state } : { $reading } — { $from }
trends-scale = Dans chaque ligne, plus haut c’est mieux : bon moral, bien dormi, bon appétit ; la douleur selon sa note, de aucune en haut à 10 en bas.
note-by = écrit par { $author }
note-revised = Mots corrigés par l’équipe ; l’original est gardé (voir Historique).
note-edit = Corriger les mots
note-history = Historique
note-new-words = Les mots corrigés (l’original est gardé)
note-save = Enregistrer les mots
history-original = Tel qu’enregistré d’abord :
history-revised = mots corrigés par { $author }
add-note-heading = Ajouter une note sur { $name }
add-note-label = Ce que vous avez remarqué
add-note-save = Enregistrer la note
dictate = Dicter
dictate-stop = J’ai fini de dicter
dictate-working = Un instant…
dictate-check = Relisez les mots avant d’enregistrer : ils ont été entendus par la machine.

## Connexion : soignants et administrateurs (les résidents n’ont jamais de code)
sign-in-heading = Qui se connecte ?
sign-in-pin = Votre code
sign-in-go = Se connecter
sign-in-other = Quelqu’un d’autre
signed-in-as = Connecté·e : { $name }
sign-out = Se déconnecter
role-caregiver = soignant·e
role-admin = administrateur·rice
first-run-heading = Préparer Hearth pour l’équipe
first-run-text = Personne n’est encore dans la liste du personnel. La première personne ajoutée en est l’administrateur·rice, qui ajoute ensuite les soignants. Les résidents n’ont jamais besoin de code.
staff-name = Nom
staff-pin = Code (4 à 12 chiffres)
staff-pin-again = Le même code encore
staff-role = Rôle
staff-create = Ajouter à la liste
staff-added = { $name } peut maintenant se connecter.
staff-pins-differ = Les deux codes ne sont pas les mêmes.
care-staff = Personnel
staff-heading = La liste du personnel
problem-sign-in-needed = Veuillez vous connecter.
problem-timed-out = Vous avez été déconnecté·e après 10 minutes sans activité. Veuillez vous reconnecter.
problem-not-allowed = Cela demande un·e administrateur·rice.
problem-wrong-pin = Ce code n’est pas le bon. { $tries ->
    [one] Encore un essai avant une pause.
   *[other] Encore { $tries } essais avant une pause.
}
problem-locked-out = Trop de codes erronés. Attendez { $seconds } secondes, puis réessayez.
problem-refused = Non enregistré : { $detail }
