# Hearth — français.
language-name = Français
app-title = Hearth
language-choice = Langue
model-loading = Préparation de l’écoute…
model-ready = Prêt à écouter. Modèle de parole : { $name } ({ $weights })
model-missing = Hearth ne peut pas encore écouter : le modèle de parole « { $name } » n’est pas installé. Le personnel peut l’installer depuis une clé USB (écran de l’équipe, Personnel et affichage), ou avec : { $command }
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
review-sounds-like = lu au sens, pas d’après des mots listés : cela ressemble à « { $example } »
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
    [one] 1 note écrite dans { $path }. Ce fichier n’est pas chiffré : remettez-le ou imprimez-le, puis supprimez-le. Hearth supprime les exports restés sur l’appareil après la durée de conservation des transcriptions.
   *[other] { $count } notes écrites dans { $path }. Ce fichier n’est pas chiffré : remettez-le ou imprimez-le, puis supprimez-le. Hearth supprime les exports restés sur l’appareil après la durée de conservation des transcriptions.
}
pdf-title = Notes de bien-être : { $name }
pdf-range = Du { $from } au { $to } inclus. Fait le { $made }.
pdf-confidential = Confidentiel : ce qu’un résident a dit et ce que l’équipe a décidé. Fait par Hearth sur cet appareil.
pdf-none = Pas de note sur cette période.
pdf-revised = (texte corrigé ; l’original est gardé dans Hearth)
problem-export = L’export n’a pas été écrit. { $detail }
problem-backup = Rien n’a été changé. { $detail }
problem-backup-damaged = Cette sauvegarde est abîmée ou incomplète : elle ne peut pas être restaurée. Rien n’a été changé. ({ $why })
problem-not-a-backup = Ce dossier n’est pas une sauvegarde de Hearth : il n’a pas de manifeste. Rien n’a été changé.
problem-backup-too-new = Cette sauvegarde a été faite par une version plus récente de Hearth (son schéma est { $found } ; cette version lit jusqu’au { $known }). Installez cette version de Hearth ou une plus récente pour la restaurer. Rien n’a été changé.
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
first-run-text = Personne n’est encore dans la liste du personnel. Choisissez d’abord la phrase secrète du personnel ; puis la première personne ajoutée en est l’administrateur·rice, qui ajoute ensuite les soignants. Les résidents n’ont jamais besoin de code.
staff-name = Nom
staff-pin = Code (4 à 12 chiffres ; au moins 6 pour un administrateur)
staff-pin-again = Le même code encore
staff-role = Rôle
staff-create = Ajouter à la liste
staff-added = { $name } peut maintenant se connecter.
staff-pins-differ = Les deux codes ne sont pas les mêmes.
care-staff = Personnel et affichage
staff-heading = La liste du personnel
problem-sign-in-needed = Veuillez vous connecter.
problem-timed-out = Vous avez été déconnecté·e après 10 minutes sans activité. Veuillez vous reconnecter.
problem-not-allowed = Cela demande un·e administrateur·rice.
problem-wrong-pin = Ce code n’est pas le bon. { $tries ->
    [one] Encore un essai avant une pause.
   *[other] Encore { $tries } essais avant une pause.
}
problem-locked-out = Trop d’essais erronés. Attendez { $seconds } secondes, puis réessayez.
care-audit = Journal d’audit
audit-heading = Journal d’audit : qui a consulté, décidé, exporté ou changé quoi
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-about = Sur
audit-detail = Détail
audit-sign-in = connexion
audit-sign-in-refused = connexion refusée
audit-sign-out = déconnexion
audit-add-staff = ajout au personnel
audit-view-board = a consulté le tableau
audit-view-notes = a consulté des notes
audit-search = a cherché dans les notes
audit-view-trends = a consulté les tendances
audit-view-handover = a consulté la relève
audit-view-history = a consulté l’historique d’une note
audit-decide = a décidé d’une lecture
audit-add-note = a ajouté une note
audit-revise-note = a corrigé les mots d’une note
audit-export = a exporté des notes
audit-view-audit = a lu le journal d’audit
display-heading = Comment cet appareil affiche Hearth
display-text = Taille du texte
display-contrast = Contraste élevé (clair sur noir)
display-motion = Réduire les animations
audit-change-display = a changé l’affichage de cet appareil
problem-weak-pin-digits = Un code ne contient que des chiffres.
problem-weak-pin-length = Un code a de 4 à 12 chiffres.
problem-weak-pin-repeated = Un code ne peut pas répéter un seul chiffre.
problem-weak-pin-run = Un code ne peut pas être une simple suite comme 1234.
problem-weak-pin-admin_length = Le code d’un administrateur a au moins 6 chiffres.
problem-pin-blocked = Trop de codes faux : ce code est bloqué. Un administrateur peut en donner un nouveau dans Personnel et affichage. Si aucun administrateur ne peut se connecter, la phrase secrète du personnel le débloque.
sign-in-unblock-passphrase = Phrase secrète du personnel (pour débloquer ce code)
sign-in-unblock = Débloquer
sign-in-unblocked = { $name } peut de nouveau se connecter avec son code.
audit-unblock-staff = a débloqué un code avec la phrase secrète du personnel
problem-name-taken = { $name } est déjà dans la liste du personnel.

## Résidents et consentement (administrateurs)
care-residents = Résidents
residents-heading = Résidents
resident-new = Ajouter un résident
resident-edit = Modifier { $name }
resident-editing-new = Un nouveau résident
resident-name = Prénom d’usage
resident-language = Langue parlée
resident-enjoys = Sujets appréciés (séparés par des virgules)
resident-avoid-topics = Merci de ne pas poser de questions sur
resident-avoid-other = Autres sujets à éviter (séparés par des virgules)
resident-talk-heading = Comment Hearth parle avec { $name }
resident-rate = Vitesse de la voix
rate-slower = Plus lente
rate-normal = Normale
rate-quicker = Plus rapide
resident-volume = Volume de la voix
resident-input = Comment { $name } répond
input-hands_free = Parler simplement (une pause termine la réponse)
input-tap = Toucher pour commencer, toucher pour finir
input-hold = Garder le bouton appuyé en parlant
resident-pause = Pause qui termine une réponse
pause-short = Courte (0,8 s)
pause-normal = Normale (1,2 s)
pause-long = Longue (2 s), pour qui cherche ses mots
resident-captions = Afficher les paroles du compagnon
resident-spoken = Dire les paroles du compagnon à voix haute
resident-one-button = Mode un seul bouton : un grand bouton pour tout
resident-text = Taille du texte sur l’écran de { $name }
text-device = Comme sur cet appareil
resident-contrast = Contraste élevé sur l’écran de { $name }
resident-save = Enregistrer
resident-saved = Enregistré.
resident-archive = Archiver (départ) : garder ses notes, le retirer des listes
resident-restore = Réintégrer
resident-archived = archivé
resident-may-listen = Consentement enregistré : Hearth peut écouter
resident-no-consent = Pas de consentement enregistré : Hearth n’écoutera pas
consent-heading = Consentement
consent-intro = Demandez à { $name } (ou à la personne qui le représente) pour chaque point. Rien n’est enregistré sans accord, et un retrait compte immédiatement.
consent-speech_recognition = Écoute : Hearth reconnaît la parole de { $name }, sur cet appareil seulement
consent-keep_transcripts = Garder ce que dit { $name }, en notes pour l’équipe
consent-keep_audio = Garder des enregistrements de la voix de { $name } (Hearth n’en garde aucun dans cette version)
consent-given-by = Qui a répondu (par exemple : { $name } elle-même, son fils mandataire)
consent-give = Donné
consent-withdraw = Retiré
consent-not-asked = Pas encore demandé.
consent-now-given = Donné par { $by } le { $date }, enregistré par { $staff }.
consent-now-withdrawn = Retiré par { $by } le { $date }, enregistré par { $staff }.
consent-history = Toutes les réponses enregistrées
consent-who-needed = Indiquez qui a répondu.
problem-no-consent = Hearth n’a pas encore l’autorisation pour cela. Un membre du personnel peut l’enregistrer sur la fiche du résident.
no-consent-resident = Hearth a besoin de l’accord de { $name } avant d’écouter. Demandez à un membre du personnel.
audit-view-residents = a consulté les fiches des résidents
audit-add-resident = a ajouté un résident
audit-change-resident = a modifié la fiche d’un résident
audit-archive-resident = a archivé un résident
audit-restore-resident = a réintégré un résident
audit-consent-given = a enregistré un consentement donné
audit-consent-withdrawn = a enregistré un retrait de consentement
one-button-start = On discute un peu ?
chat-tap-answer = Touchez ici, puis parlez
chat-hold-answer = Gardez le doigt sur ce bouton et parlez
chat-hold-release = Lâchez quand vous avez fini

## Droit d’accès (copie de tout ce qui est conservé sur un résident)
sar-intro = Tout ce que Hearth conserve sur { $name }, sur cet appareil.
sar-language = Langue : { $language }
sar-enjoys = Sujets appréciés : { $topics }
sar-avoids = Sujets à éviter : { $topics }
sar-counts = Aussi dans le fichier JSON : { $transcripts } transcriptions encore conservées et { $audit } lignes du journal d’audit le concernant.

## Conservation des données, et droits des résidents
retention-heading = Combien de temps Hearth garde ce que disent les résidents
retention-intro = Les données plus anciennes sont supprimées automatiquement chaque jour, et chaque suppression figure au journal d’audit.
retention-transcripts = Transcriptions (ce que la reconnaissance a entendu à chaque tour, avec l’horaire)
retention-notes = Notes, avec ce que Hearth y a lu et les décisions de l’équipe
retention-days = { $days } jours
retention-years = { $years ->
    [one] 1 an
   *[other] { $years } ans
}
retention-audio = Enregistrements de voix : jamais conservés. Hearth écoute, reconnaît les mots et oublie le son.
retention-counts = { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}, { $transcripts ->
    [one] 1 transcription
   *[other] { $transcripts } transcriptions
} et { $exports ->
    [one] 1 fichier exporté
   *[other] { $exports } fichiers exportés
}
retention-would-delete = Cela supprimerait, maintenant et définitivement : { $counts }. Rien ne change tant que vous n’avez pas choisi.
retention-delete-now = Les supprimer et garder le nouveau réglage
retention-keep = Ne rien changer
purge-not-yet = Le nettoyage quotidien n’a pas encore eu lieu depuis le démarrage de Hearth.
purge-running = Suppression des anciennes données, un peu à la fois (Hearth reste utilisable) : { $done } jusqu’ici, sur { $due }.
purge-progress = Anciennes données supprimées jusqu’ici
purge-done = Dernier nettoyage { $when } : { $removed } supprimés.
purge-skipped = Nettoyage du { $when } non fait : l’horloge de l’appareil semble fausse, rien n’a été supprimé.
purge-failed = Le dernier nettoyage a échoué, rien n’a été perdu : { $detail }
clock-wrong = L’horloge de l’appareil semble fausse ; rien n’a été supprimé.
clock-wrong-detail = Cet appareil indique { $now }. Hearth ne supprime les anciennes données que s’il peut se fier à la date. Si la date ou l’heure est fausse, corrigez-la d’abord dans les réglages du système, puis revenez ici. Si elle est juste (l’appareil est resté éteint un moment), dites-le ci-dessous.
clock-confirm = La date et l’heure sont justes
clock-confirmed = Merci. Les anciennes données seront nettoyées selon la nouvelle date.
clock-banner = L’horloge de l’appareil semble fausse : Hearth ne supprime rien. Vérifiez la date dans Personnel et affichage.
clock-banner-open = Vérifier la date
problem-must-confirm = Cela supprimerait { $counts }. Confirmez d’abord.
problem-clock-moved = L’heure de l’appareil a avancé depuis son affichage : vérifiez-la à nouveau.
audit-retention-purge-started = a commencé à supprimer des données arrivées à échéance
audit-retention-skipped = n’a rien supprimé : l’horloge semblait fausse
audit-confirm-clock = a confirmé la date et l’heure de l’appareil
rights-heading = Droits sur ses données
rights-copy = Faire une copie de tout ce qui est conservé sur { $name } (JSON et PDF)
rights-copied = Écrit : { $files }
rights-erase-warning = Effacer supprime tout ce que Hearth conserve sur { $name } : ses paroles, les notes, les lectures et décisions, les réponses de consentement, la fiche et ses fichiers exportés. Seule une ligne du journal d’audit reste, indiquant qui a effacé et quand. C’est irréversible.
rights-erase-type = Pour confirmer, tapez exactement le nom de { $name }
rights-erase = Tout effacer sur { $name }
rights-erased = Effacé : { $notes } notes et { $files } fichiers exportés supprimés.
audit-change-retention = a modifié la durée de conservation
audit-retention-purge = a supprimé des données arrivées à échéance
audit-subject-access = a fait une copie de tout ce qui concerne un résident
audit-erase-resident = a effacé un résident

## La notice de confidentialité (au premier lancement, et en bas de chaque écran)
privacy-heading = Comment Hearth protège ce que vous dites
privacy-stays = Rien ne quitte cet appareil. Hearth fonctionne sans internet : il écoute, reconnaît les mots et écrit les notes ici, sur cette tablette ou cet ordinateur, et n’envoie rien nulle part. Une copie ne sort que si un membre du personnel en fait une (un export) et l’emporte.
privacy-what = Ce que Hearth conserve : le prénom d’usage et les préférences de chaque résident ; les paroles qu’il lui adresse, sous forme de texte, et les notes qui en sont tirées ; ce que Hearth y a lu (humeur, sommeil, douleur, appétit, compagnie) et ce que l’équipe a décidé ; les réponses de consentement ; les noms du personnel et leurs codes, brouillés pour que personne ne puisse les lire ; et un journal de qui a consulté ou modifié quoi. Les enregistrements de voix ne sont jamais conservés.
privacy-where = Où : dans un seul fichier chiffré sur cet appareil ({ $path }), qui ne s’ouvre qu’avec la phrase secrète du personnel et que seuls les écrans du personnel de Hearth affichent.
privacy-how-long = Combien de temps : ce que la reconnaissance a entendu à chaque tour, { $days } jours ; les notes, avec ce qui y a été lu et les décisions, { $years ->
    [one] 1 an
   *[other] { $years } ans
}. Les données plus anciennes sont supprimées automatiquement chaque jour.
privacy-rights = Rien n’est enregistré pour un résident sans son consentement, qu’il peut retirer à tout moment. Il peut demander une copie de tout ce qui est conservé sur lui, ou que tout soit effacé : adressez-vous à un administrateur.
first-run-language = Choisissez en haut la langue des écrans (chaque résident a la sienne). Lisez ci-dessous ce que Hearth conserve, et partagez-le avec les résidents et les familles.
staff-new-pin = Nouveau code pour { $name }
staff-save-pin = Enregistrer le nouveau code
staff-pin-reset = { $name } peut se connecter avec le nouveau code.
staff-remove = Retirer { $name } (départ)
staff-removed = { $name } ne peut plus se connecter. Ce qu’il ou elle a signé garde son nom.
audit-reset-pin = a donné un nouveau code
audit-archive-staff = a retiré de la liste du personnel

# La phrase secrète du personnel : le verrou du journal (ticket 7)
first-run-admin-heading = Ensuite, l’administrateur·rice
passphrase-choose-heading = D’abord, la phrase secrète du personnel
passphrase-why = Les paroles des résidents sont conservées chiffrées sur cet appareil. La phrase secrète du personnel les ouvre : Hearth la demande à chaque démarrage (après un redémarrage ou une coupure de courant). Ne la confiez qu’à l’équipe ; les résidents n’en ont jamais besoin.
passphrase-advice = Au moins 10 caractères. Quelques mots ordinaires qui ne vont ensemble que pour vous sont solides et faciles à retenir, par exemple « bouilloire bleue sur le rebord ».
passphrase-new = Nouvelle phrase secrète du personnel
passphrase-again = La même phrase secrète, encore
passphrase-differ = Les deux phrases secrètes ne sont pas identiques.
passphrase-save = Verrouiller le journal avec cette phrase
passphrase-working = Un instant…
passphrase-staff = Phrase secrète du personnel
passphrase-current = Phrase secrète actuelle
passphrase-change = Changer la phrase secrète
passphrase-change-text = Changer la phrase secrète donne aussi un nouveau code de secours ; l’ancien code ne fonctionne plus.
passphrase-unprotected = Ce journal n’est chiffré qu’avec la clé de cet appareil : qui emporte l’appareil peut l’ouvrir. Choisissez une phrase secrète du personnel pour le verrouiller.
passphrase-settings-heading = Phrase secrète du personnel
recovery-heading = Votre code de secours
recovery-text = Si la phrase secrète du personnel est oubliée, ce code est le seul moyen d’ouvrir le journal. Personne d’autre n’en a de copie : ni Hearth, ni ses auteurs.
recovery-where = Imprimez-le ou recopiez-le maintenant, et rangez-le sous clé loin de cet appareil, avec les papiers importants de l’établissement. Il n’est montré qu’une fois.
recovery-print = Imprimer le code
recovery-kept = J’ai imprimé ou recopié le code et je le garderai loin de cet appareil
recovery-done = Continuer
recovery-code-field = Code de secours
locked-heading = Hearth est verrouillé
locked-residents = Au démarrage, Hearth garde sous clé ce que disent les résidents. Résidents : demandez à un membre du personnel de l’ouvrir.
locked-staff = Personnel : tapez la phrase secrète du personnel pour ouvrir Hearth.
locked-open = Ouvrir Hearth
locked-forgotten = Phrase secrète oubliée ?
locked-recovery-text = Tapez le code de secours imprimé lors du choix de la phrase secrète, puis choisissez une nouvelle phrase.
locked-recover = Ouvrir avec le code et enregistrer la nouvelle phrase
audit-unlock-journal = a ouvert le journal avec la phrase secrète
audit-recover-journal = a ouvert le journal avec le code de secours et choisi une nouvelle phrase
audit-protect-journal = a verrouillé le journal avec une phrase secrète
audit-change-passphrase = a changé la phrase secrète du personnel
problem-journal-locked = Hearth est verrouillé : un membre du personnel doit taper la phrase secrète.
problem-journal-too-new = Ce journal a été tenu par une version plus récente de Hearth (son schéma est { $found } ; cette version lit jusqu'au { $known }). Rien n'a été modifié. Installez cette version de Hearth ou une plus récente pour l'ouvrir.
problem-wrong-passphrase = Ce n’est pas la phrase secrète du personnel. { $tries ->
    [one] Encore un essai avant une pause.
   *[other] Encore { $tries } essais avant une pause.
}
problem-wrong-recovery-code = Ce n’est pas le code de secours. Vérifiez chaque groupe de cinq. { $tries ->
    [one] Encore un essai avant une pause.
   *[other] Encore { $tries } essais avant une pause.
}
problem-weak-passphrase-short = Une phrase secrète a au moins 10 caractères.
problem-weak-passphrase-long = Une phrase secrète a au plus 200 caractères.
problem-weak-passphrase-repeated = Une phrase secrète ne peut pas répéter un seul caractère.
problem-weak-passphrase-common = Cette phrase secrète est parmi les premières qu’essaierait quelqu’un qui devine. Choisissez quelques mots ordinaires bien à vous.

# Installer le modèle de reconnaissance depuis l’écran
speech-model-heading = Modèle de reconnaissance vocale
speech-model-have = Hearth a son modèle de reconnaissance. Un fichier plus récent s’installe de la même façon ; il sert au prochain démarrage.
speech-model-need = Pour écouter, Hearth a besoin du fichier de son modèle de reconnaissance (par exemple ggml-base.bin, environ 150 Mo, ou ggml-base-q8_0.bin, environ 80 Mo). Copiez-le sur une clé USB, branchez la clé, puis cherchez-le ici. Hearth vérifie le fichier avant de l’utiliser.
speech-model-look = Chercher le fichier du modèle
speech-model-none = Aucun fichier de modèle trouvé sur une clé USB ni dans Téléchargements.
speech-model-size = { $mb } Mo
speech-model-use = Utiliser ce fichier
speech-model-copying = Copie et vérification du modèle : { $percent } %
speech-model-installed = Le modèle de reconnaissance « { $name } » est installé. Hearth se prépare à écouter.
speech-model-failed = Ce fichier ne peut pas servir. { $detail }
audit-import-model = a installé un modèle de reconnaissance
display-language = Langue des écrans au démarrage de Hearth
display-language-system = Celle du système
audit-change-language = a changé la langue de démarrage de cet appareil

## Pourquoi une demande est refusée (refused-<code> ; un par raison de crates/core/src/refusal.rs)
refused-no-such-resident = Cette personne n’est plus dans la liste. Choisissez à nouveau.
refused-name-needed = Il faut un nom.
refused-name-too-long = Un nom a au plus { $max } caractères.
refused-not-a-language = « { $given } » n’est pas un code de langue.
refused-no-words-in-language = Hearth n’a pas encore de mots dans la langue « { $language } ».
refused-topic-too-long = Un sujet a au plus { $max } caractères.
refused-too-many-topics = Au plus { $max } sujets.
refused-already-erased = Tout ce qui concernait cette personne a déjà été effacé.
refused-confirm-name-to-erase = Tapez exactement le nom « { $name } » pour tout effacer à son sujet.
refused-consent-giver-needed = Indiquez qui a donné ou retiré le consentement.
refused-author-needed = Indiquez qui fait ce changement.
refused-empty-note = La note est vide : rien n’a été enregistré.
refused-empty-correction = Les nouveaux mots sont vides : la note garde ses mots.
refused-no-such-signal = Cette lecture (numéro { $id }) n’est pas dans le journal.
refused-correction-changes-nothing = Une correction doit changer la lecture, l’endroit ou le score.
refused-pain-score-range = Un score de douleur va de 0 à 10.
refused-unknown-place = « { $place } » n’est pas un endroit que Hearth connaît.
refused-wrong-value-for-kind = Une lecture « { $kind } » ne peut pas valoir « { $value } ».
refused-time-out-of-range = Cette date et cette heure sont hors limites.
refused-period-backwards = Cette période finit avant de commencer.
refused-days-range = Choisissez entre 1 et 366 jours.
refused-speech-rate-range = Le débit de parole va de 90 à 200 mots par minute.
refused-volume-range = Le volume va de 10 % à 100 %.
refused-words-neither-shown-nor-spoken = Les mots du compagnon doivent être affichés, dits à voix haute, ou les deux.
refused-text-size-range = La taille du texte va de 100 % à 200 %.
refused-transcript-keep-range = Les transcriptions sont gardées de 7 jours à 10 ans.
refused-note-keep-range = Les notes sont gardées de 1 à 30 ans.
refused-transcripts-outlive-notes = Les transcriptions ne peuvent pas être gardées plus longtemps que les notes.
refused-passphrase-already-set = Le journal a déjà une phrase secrète du personnel.
refused-no-passphrase-yet = Le journal n’a pas encore de phrase secrète du personnel.
refused-passphrase-first = Choisissez d’abord la phrase secrète du personnel.
refused-journal-already-open = Le journal est déjà ouvert.
refused-no-such-staff = Cette personne n’est pas dans la liste du personnel.
refused-last-administrator = Le dernier administrateur ne peut pas être retiré : ajoutez-en un autre d’abord.
refused-first-is-administrator = La première personne de la liste du personnel en est l’administrateur.
refused-model-file-not-found = { $path } ne fait pas partie des fichiers de modèle trouvés. Cherchez les fichiers à nouveau.
refused-backup-place-not-found = { $path } ne fait pas partie des emplacements trouvés pour les sauvegardes. Cherchez à nouveau.
refused-backup-not-found = { $path } ne fait pas partie des sauvegardes trouvées. Cherchez à nouveau.
refused-restore-not-confirmed = Cochez la case pour dire que le journal de cet appareil doit être remplacé.
refused-backup-wrong-passphrase = Ce n’est pas la phrase secrète du personnel sous laquelle cette sauvegarde a été faite.
refused-daily-backups-kept = Gardez entre { $min } et { $max } sauvegardes quotidiennes.
refused-not-an-export = Hearth n’ouvre que les exports, documents et rapports qu’il a écrits ; { $path } n’en fait pas partie.

# The support report (administrators, on the staff screen).
support-heading = De l'aide de qui s'occupe de Hearth
support-text = Si Hearth se comporte mal, enregistrez un rapport d'assistance et donnez-le à la personne qui s'occupe de Hearth pour l'établissement. Il dit quelles versions tournent ici, comment Hearth est réglé, combien il y a de résidents et de notes, et la fin de son journal technique. Il ne contient aucun nom ni rien de ce que quelqu'un a dit.
support-save = Enregistrer un rapport d'assistance
support-saved = Enregistré sous { $path }. Il ne contient aucun nom ni rien de ce que quelqu'un a dit.

# The line at the foot of every screen: which Hearth this is.
about-line = Hearth { $version } · logiciel libre (licence MIT) · rien ne quitte cet appareil
backup-heading = Sauvegardes
backup-text = Une sauvegarde contient tout le journal, toujours verrouillé : elle ne s'ouvre qu'avec la phrase secrète du personnel (ou son code de secours). Sauvegardez sur une clé USB et gardez-la loin de cet appareil ; une sauvegarde sur l'appareil lui-même disparaît avec lui.
backup-here = Sauvegarder sur { $place }
backup-look = Chercher à nouveau les clés USB et les sauvegardes
backup-made = Sauvegardé dans { $path }, et vérifié.
backup-restore-heading = Restaurer une sauvegarde
backup-restore-text = Restaurer met le journal d'une sauvegarde sur cet appareil à la place de celui d'ici, qui est mis de côté, pas effacé. Hearth redémarre ensuite et s'ouvre avec la phrase secrète sous laquelle la sauvegarde a été faite.
backup-passphrase = La phrase secrète du personnel de la sauvegarde
backup-replace = Remplacer le journal de cet appareil (il est mis de côté)
backup-restore = Restaurer cette sauvegarde
backup-none = Aucune sauvegarde trouvée sur une clé USB ni sur cet appareil.
backup-restored = Restauré. Hearth redémarre dans un instant ; ouvrez-le avec la phrase secrète de la sauvegarde.
audit-backup = a sauvegardé le journal
audit-restore = a restauré le journal depuis une sauvegarde
problem-device = Le réglage de cet appareil n’a pas été changé. { $detail }
device-heading = Usage de cet appareil
device-intro = Une borne occupe tout l’écran, démarre seule quand la tablette est allumée et garde l’écran allumé. Les résidents ne peuvent pas la fermer ; les écrans de l’équipe et la fermeture de Hearth demandent le code d’un membre de l’équipe, et quitter ces écrans déconnecte aussitôt.
device-shared = Fenêtre partagée
device-kiosk-lounge = Borne pour un salon (chaque résident choisit sa carte)
device-kiosk-room-for = Borne dans la chambre de
device-kiosk-room = En faire sa borne
device-now-kiosk = Cet appareil est maintenant une borne, dès maintenant et à chaque démarrage.
device-now-shared = Cet appareil est maintenant une fenêtre partagée.
close-hearth = Fermer Hearth
audit-change-device-mode = a changé l’usage de cet appareil
audit-close-hearth = a fermé Hearth
# Les documents d’un établissement (Équipe et affichage → Documents pour l’établissement).
paper-decimal-separator = ,
paper-dpia-title = Analyse d’impact relative à la protection des données (projet) : Hearth sur cet appareil
paper-ai-title = L’IA dans Hearth : fiche de transparence
paper-made = Établi par Hearth { $version } le { $made } d’après les réglages de cet appareil.
paper-dpia-intro = Un projet pour le délégué à la protection des données de l’établissement (RGPD, article 35). Hearth remplit ce qu’il sait de lui-même ; les questions de la fin sont à l’établissement, avant de mettre Hearth en service. Complétez la copie Markdown de ce fichier.
paper-dpia-what = 1. Ce que fait Hearth, et pourquoi
paper-what-hearth-does = Les résidents parlent à une tablette. Leur parole est reconnue sur cet appareil et conservée en notes de bien-être datées, avec des lectures (moral, sommeil, douleur, appétit, compagnie) que l’équipe de soin examine. Le but est d’aider l’équipe à voir comment vont les résidents et à transmettre entre deux services : Hearth aide l’équipe, il ne la remplace pas.
paper-dpia-collected = 2. Ce qui est recueilli, et avec quel consentement
paper-residents = { $count ->
    [one] Un résident est sur la liste.
   *[other] { $count } résidents sont sur la liste.
} Chaque finalité ci-dessous demande le consentement du résident (ou de la personne qui parle pour lui), enregistré dans Hearth avec qui l’a donné et quand. Sans lui, rien n’est enregistré, et un retrait compte aussitôt.
paper-purpose-listening = Écoute (parole reconnue sur cet appareil)
paper-purpose-notes = Conservation de ce qu’ils disent en notes
paper-purpose-recordings = Conservation d’enregistrements de leur voix (Hearth n’en garde aucun dans cette version)
paper-consent-count = { $purpose } : donné pour { $given }, retiré pour { $withdrawn }, pas encore demandé pour { $unasked }.
paper-also-kept = Sont aussi conservés : le nom d’usage, la langue et les préférences des résidents ; les notes et décisions des soignants ; les noms de l’équipe avec des codes brouillés ; un journal d’audit de qui a vu ou changé quoi. Jamais conservé : l’enregistrement des voix (le son est effacé une fois reconnu).
paper-dpia-where = 3. Où c’est conservé, et comment c’est protégé
paper-where-file = Dans un seul fichier chiffré sur cet appareil (SQLCipher, AES-256) : { $path }
paper-where-key = { $protected ->
    [yes] La clé du journal est scellée sous la phrase secrète de l’équipe et sous un code de secours conservé à part : sans l’un des deux, le fichier n’ouvre rien.
   *[other] Il n’y a pas encore de phrase secrète : tant qu’un administrateur n’en a pas choisi, la clé du journal est dans un fichier à côté, et qui peut lire les fichiers de cet appareil peut lire le journal.
}
paper-where-nothing-leaves = Rien ne quitte l’appareil : pas de cloud, pas de télémétrie. Le réseau ne sert qu’au téléchargement d’un modèle de parole lancé par un administrateur, ou aux appareils de l’établissement.
paper-where-backups = Les sauvegardes sont des copies chiffrées qu’un administrateur fait sur une clé USB ou dans le dossier de cet appareil ({ $count } dans ce dossier aujourd’hui).
paper-where-device = { $mode ->
    [lounge] Cet appareil est une borne de salon : plein écran, chaque résident choisit sa carte ; les écrans de l’équipe demandent un code.
    [room] Cet appareil est une borne dans la chambre d’un résident : il n’ouvre que sa page ; les écrans de l’équipe demandent un code.
   *[other] Cet appareil est une fenêtre partagée, que l’équipe et les résidents utilisent tour à tour.
}
paper-dpia-who = 4. Qui peut le voir
paper-who-caregivers = { $count ->
    [one] { $count } soignant
   *[other] { $count } soignants
} (chacun avec son code) : les notes, lectures et décisions, les transmissions, l’export d’un résident.
paper-who-admins = { $count ->
    [one] { $count } administrateur
   *[other] { $count } administrateurs
} : en plus, les profils et consentements des résidents, la liste de l’équipe, les réglages, les sauvegardes et le journal d’audit.
paper-who-residents = Un résident à la tablette ne voit que sa conversation, jamais les notes.
paper-who-audit = Chaque consultation de notes et chaque changement sont dans le journal d’audit, qui désigne les résidents par un numéro. L’équipe est déconnectée après dix minutes sans activité.
paper-dpia-how-long = 5. Combien de temps c’est conservé
paper-keep-transcripts = Ce que la reconnaissance a entendu à chaque tour : { $days } jours.
paper-keep-notes = Notes, lectures et décisions : { $years } ans.
paper-keep-purge = Ce qui est plus ancien est effacé automatiquement chaque jour, seulement si l’horloge de l’appareil est crédible ; chaque effacement est dans le journal d’audit.
paper-dpia-infers = 6. Ce que Hearth déduit, et comment une personne décide
paper-infers = À partir des mots dits, Hearth lit des signes de bien-être : moral, sommeil, douleur (où et combien), appétit, solitude, et des signes urgents (une chute, un vertige, une douleur à la poitrine, un essoufflement, ne plus vouloir vivre). Chaque lecture est marquée comme déduite, montre les mots d’où elle vient et reste une suggestion tant qu’un soignant ne l’a pas confirmée, corrigée ou écartée. Les mots d’origine ne sont jamais remplacés. Une lecture urgente met le résident en tête du tableau de l’équipe.
paper-dpia-never = 7. Ce que Hearth ne fait jamais
paper-never-cloud = Il n’envoie rien hors de l’appareil.
paper-never-emergency = Il n’appelle personne et ne donne aucune alerte hors de son écran : ce n’est pas un système d’urgence, et il ne remplace pas les tournées.
paper-never-diagnosis = Il ne fait aucun diagnostic et ne donne aucun conseil médical.
paper-never-recordings = Il ne garde aucun enregistrement de voix.
paper-never-emotion = Il ne lit pas les émotions dans le son de la voix ni sur les visages : il lit les mots dits, comme du texte.
paper-dpia-models = 8. Les modèles, et leurs résultats
paper-model-speech = Reconnaissance de la parole : Whisper { $model }, sur cet appareil. Part des mots mal entendus, mesurée : anglais { $wer_en } %, français { $wer_fr } % sur des enregistrements de test ; une voix faible, du bruit ou un accent font moins bien.
paper-model-signals = { $meaning ->
    [yes] Lectures de bien-être : listes de mots dans chaque langue, avec un modèle de sens (multilingual-e5-small) comme second lecteur. Sur 165 phrases par langue écrites à part du réglage (mesuré le { $date }) : score F1 de { $f1 }, signes urgents trouvés { $urgent } % du temps.
   *[other] Lectures de bien-être : listes de mots dans chaque langue (le modèle de sens n’est pas installé sur cet appareil). Sur 165 phrases par langue écrites à part du réglage (mesuré le { $date }) : score F1 de { $f1_words }, moins bon qu’avec le modèle de sens.
}
paper-model-decides = Il y a des erreurs, dans les deux sens : c’est la décision d’un soignant qui compte, et l’équipe garde ses soins habituels.
paper-dpia-rights = 9. Les droits des résidents
paper-right-access = Accès : une copie de tout ce qui est conservé sur un résident (un PDF lisible et un fichier JSON complet), faite par un administrateur.
paper-right-rectify = Rectification : les mots d’une note peuvent être revus et une lecture corrigée ; l’original reste, marqué comme remplacé.
paper-right-erase = Effacement : tout ce qui concerne un résident peut être effacé ; le journal d’audit garde seulement que cela a eu lieu, par numéro.
paper-right-withdraw = Retrait du consentement : il compte aussitôt, même au milieu d’une conversation.
paper-dpia-risks = 10. Les risques, et ce qui les réduit
paper-risk-lost = Une tablette perdue ou volée : le journal est chiffré ; sans la phrase secrète ou le code de secours, il n’ouvre rien.
paper-risk-misread = Une phrase urgente mal lue ou manquée : les signes urgents sont favorisés plutôt que la précision et chaque lecture est examinée par un soignant ; Hearth n’est pas une alarme.
paper-risk-seen = Des notes vues par qui ne devrait pas : codes personnels, deux rôles, déconnexion après dix minutes sans activité (aussitôt sur une borne), journal d’audit.
paper-risk-machine = Un résident qui ne comprend pas qu’il parle à une machine : la notice de confidentialité de Hearth le dit sur chaque écran, et l’équipe l’explique en demandant le consentement.
paper-risk-kept = Des données gardées trop longtemps : la conservation efface automatiquement, et refuse de le faire si l’horloge semble fausse.
paper-risk-loss = Des données perdues : chaque enregistrement se fait en entier ou pas du tout, les sauvegardes sont vérifiées à leur création et avant une restauration, et rien n’est remplacé sans être mis de côté.
paper-dpia-questions = 11. Questions auxquelles l’établissement doit répondre
paper-q-controller = Qui est le responsable du traitement, et qui est le délégué à la protection des données ? Ont-ils été consultés ?
paper-q-basis = Quelle est la base légale (RGPD, article 6), et la condition de l’article 9(2) pour les données de santé (par exemple le h, la prise en charge) ?
paper-q-capacity = Comment demander le consentement d’un résident qui ne peut pas le donner, et qui peut le donner pour lui ?
paper-q-physical = Qui a accès aux tablettes, et où sont-elles rangées la nuit ?
paper-q-training = Quels membres de l’équipe sont formés à Hearth, et comment sont gardés les codes, la phrase secrète et le code de secours ?
paper-q-breach = Que fait-on si une tablette est perdue ou si une violation est soupçonnée (RGPD, articles 33 et 34) ?
paper-q-consulted = Les résidents, les familles et l’équipe ont-ils été consultés ?
paper-q-review = Quand cette analyse sera-t-elle revue ?
paper-signature = Complété par : ____________________   Fonction : ____________________   Date : ____________
paper-ai-intro = Pour les résidents, leurs familles et l’équipe. Merci de la laisser là où ils peuvent la lire.
paper-ai-machine = Vous parlez à un programme informatique
paper-ai-machine-text = Hearth n’est pas une personne. Il écoute quand on le lui demande, transforme la parole en texte sur cette tablette, et répond par des phrases écrites à l’avance. Il ne comprend pas comme une personne.
paper-ai-does = Ce que fait l’IA de Hearth
paper-ai-does-speech = Elle reconnaît la parole (Whisper { $model }), sur cet appareil.
paper-ai-does-signals = { $meaning ->
    [yes] Elle lit des signes de bien-être dans les mots, avec des listes de mots et un modèle de sens.
   *[other] Elle lit des signes de bien-être dans les mots, avec des listes de mots.
}
paper-ai-does-script = Ses questions et réponses sont écrites à l’avance ; aucun texte n’est inventé par un modèle de langage.
paper-ai-not = Ce qu’elle ne fait pas
paper-ai-how-well = Ses résultats
paper-ai-limits = Elle peut mal entendre : une voix faible, du bruit ou un accent marqué rendent les erreurs plus probables. Quand elle n’a pas compris, elle le dit.
paper-ai-people = Ce sont des personnes qui décident
paper-ai-data = Vos données
paper-ai-rights = Vous pouvez demander une copie de ce qui est conservé sur vous, le faire corriger ou effacer, et retirer votre consentement à tout moment : demandez à l’équipe ou au délégué à la protection des données de l’établissement.
paper-ai-home = Pour l’établissement
paper-ai-home-oversight = Les lectures sont des suggestions pour une équipe qui connaît le résident : une personne vérifie chacune.
paper-ai-home-training = L’équipe qui utilise Hearth doit savoir ce qu’il sait faire et ne pas faire (cette fiche et le README).
paper-ai-home-show = On dit aux résidents qu’ils parlent à une machine avant leur première utilisation, en leur demandant leur consentement.
papers-heading = Documents pour l’établissement
papers-intro = Avant de mettre Hearth en service, un établissement a besoin d’une analyse d’impact sur la protection des données et doit dire aux résidents qu’ils parlent à une machine. Hearth prépare les deux d’après les réglages de cet appareil : l’analyse, que le délégué à la protection des données complète, et la fiche de transparence, à remettre aux résidents, aux familles et à l’équipe. Chacun est enregistré en PDF à imprimer et en fichier texte à modifier.
papers-language = Langue des documents
papers-dpia = Préparer l’analyse d’impact (AIPD)
papers-ai = Faire la fiche de transparence sur l’IA
papers-saved = Enregistré sur cet appareil :
audit-make-paper = a établi un document pour l’établissement
daily-heading = Sauvegarder chaque jour
daily-off = Les sauvegardes quotidiennes sont arrêtées.
daily-on = Chaque jour dans { $place }/hearth-daily, en gardant les { $keep } plus récentes.
daily-newest = La plus récente : { $when }.
daily-none-yet = Aucune faite pour l’instant.
daily-failed = La dernière tentative a échoué : { $why }
daily-where = Où
daily-keep = Combien en garder
daily-switch-on = Sauvegarder là chaque jour
daily-switch-off = Arrêter les sauvegardes quotidiennes
daily-now-on = Les sauvegardes quotidiennes sont en marche : une est faite tout de suite s’il n’y en a pas eu aujourd’hui, chacune vérifiée en l’ouvrant.
daily-now-off = Les sauvegardes quotidiennes sont arrêtées. Celles déjà faites restent.
audit-change-daily-backup = a changé la sauvegarde quotidienne
open-file = Ouvrir { $name }

## Démarrage (dit dans le terminal et dans une boîte de dialogue quand la fenêtre ne peut pas s’ouvrir)
startup-no-window = Hearth n’a pas pu ouvrir sa fenêtre. Rien de ce qui a été enregistré n’est perdu. Relancez Hearth ; si cela se reproduit, demandez à la personne qui s’occupe de cet appareil de réinstaller le paquet de Hearth depuis sa clé USB (sudo apt install ./hearth_*.deb) : cela installe aussi le WebKitGTK dont il a besoin.
startup-no-display = Hearth a besoin d’un bureau pour ouvrir sa fenêtre, et aucun n’a été trouvé. Lancez Hearth depuis le menu ou l’icône du bureau, pas depuis un terminal à distance.
