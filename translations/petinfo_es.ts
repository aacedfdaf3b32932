<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Adoption</name>
    <message>
        <source>Intake</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En cuidado</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>En adopción</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Stray</source>
        <translation>Callejero</translation>
    </message>
    <message>
        <source>Surrendered by owner</source>
        <translation>Entregado por su dueño</translation>
    </message>
    <message>
        <source>Transfer from another shelter</source>
        <translation>Transferencia de otro refugio</translation>
    </message>
    <message>
        <source>Born in care</source>
        <translation>Nacido en el refugio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>energy</comment>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>energy</comment>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <comment>energy</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>energy</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>size</comment>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Giant</source>
        <translation>Gigante</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>size</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>home</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Owns the home</source>
        <translation>Es dueño de la vivienda</translation>
    </message>
    <message>
        <source>Landlord permits pets</source>
        <translation>El propietario permite mascotas</translation>
    </message>
    <message>
        <source>Landlord does not permit pets</source>
        <translation>El propietario no permite mascotas</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosco</translation>
    </message>
    <message>
        <source>Adoption page</source>
        <translation>Página de adopción</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Sin costo</translation>
    </message>
    <message>
        <source>That status change is not allowed from the current status.</source>
        <translation>Ese cambio de estado no está permitido desde el estado actual.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth date is estimated</source>
        <translation>Fecha de nacimiento estimada</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>ID de placa</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Teléfono del dueño</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>Correo electrónico del dueño</translation>
    </message>
    <message>
        <source>Owner address</source>
        <translation>Dirección del dueño</translation>
    </message>
    <message>
        <source>Owner language</source>
        <translation>Idioma del dueño</translation>
    </message>
    <message>
        <source>Owner accepts WhatsApp</source>
        <translation>El dueño acepta WhatsApp</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Age (when no birth date)</source>
        <translation>Edad (si no hay fecha de nacimiento)</translation>
    </message>
    <message>
        <source>Date of entry to the shelter</source>
        <translation>Fecha de ingreso al refugio</translation>
    </message>
    <message>
        <source>Code in the previous system</source>
        <translation>Código en el sistema anterior</translation>
    </message>
    <message>
        <source>Owner first name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Owner last name</source>
        <translation>Apellido del dueño</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Vaccine date</source>
        <translation>Fecha de la vacuna</translation>
    </message>
    <message>
        <source>Vaccine next due</source>
        <translation>Próxima dosis de la vacuna</translation>
    </message>
    <message>
        <source>Vaccine batch</source>
        <translation>Lote de la vacuna</translation>
    </message>
    <message>
        <source>Vaccine notes</source>
        <translation>Notas de la vacuna</translation>
    </message>
    <message>
        <source>Vaccine due (not given yet)</source>
        <translation>Vacuna pendiente (aún no aplicada)</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Creando la base de datos cifrada…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase is not the right one. Nothing was changed; try again (is Caps Lock on?).</source>
        <translation>Esa frase de contraseña no es correcta. No se ha modificado nada; se puede volver a intentar (¿está activado Bloq Mayús?).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>species</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Con dueño</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En cuidado</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>En adopción</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Desparasitación</translation>
    </message>
    <message>
        <source>Flea/tick</source>
        <translation>Pulgas y garrapatas</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Lab work</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Foster</source>
        <translation>Hogar de tránsito</translation>
    </message>
    <message>
        <source>Adopter</source>
        <translation>Adoptante</translation>
    </message>
    <message>
        <source>Vet</source>
        <translation>Veterinario</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>contact role</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <comment>age in years and months</comment>
        <translation>%1 a %2 m</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>+%1 kg</source>
        <translation>+%1 kg</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated age</comment>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>No adoption fee</source>
        <translation>Sin costo de adopción</translation>
    </message>
    <message>
        <source>Adoption fee: %1</source>
        <translation>Costo de adopción: %1</translation>
    </message>
    <message>
        <source>Good with children</source>
        <translation>Se lleva bien con niños</translation>
    </message>
    <message>
        <source>No small children</source>
        <translation>No con niños pequeños</translation>
    </message>
    <message>
        <source>Good with dogs</source>
        <translation>Se lleva bien con perros</translation>
    </message>
    <message>
        <source>No other dogs</source>
        <translation>No con otros perros</translation>
    </message>
    <message>
        <source>Good with cats</source>
        <translation>Se lleva bien con gatos</translation>
    </message>
    <message>
        <source>No cats</source>
        <translation>No con gatos</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Round tag 25 mm (A4, cut out)</source>
        <translation>Placa redonda de 25 mm (A4, para recortar)</translation>
    </message>
    <message>
        <source>Round tag 30 mm (A4, cut out)</source>
        <translation>Placa redonda de 30 mm (A4, para recortar)</translation>
    </message>
    <message>
        <source>Collar tag 50 x 22 mm (A4, cut out)</source>
        <translation>Placa de collar de 50 x 22 mm (A4, para recortar)</translation>
    </message>
    <message>
        <source>Kennel card (A6)</source>
        <translation>Ficha de canil (A6)</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 etiquetas)</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Carta, 30 etiquetas)</translation>
    </message>
    <message>
        <source>Dymo 89 x 36 mm label</source>
        <translation>Etiqueta Dymo de 89 x 36 mm</translation>
    </message>
</context>
<context>
    <name>LostFound</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Giant</source>
        <translation>Gigante</translation>
    </message>
    <message>
        <source>Looking for its family</source>
        <translation>Buscando a su familia</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Reunido con su familia</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>same microchip</source>
        <translation>mismo microchip</translation>
    </message>
    <message>
        <source>same tag</source>
        <translation>misma placa</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>breed</source>
        <translation>raza</translation>
    </message>
    <message>
        <source>similar breed</source>
        <translation>raza parecida</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>lost shortly before</source>
        <translation>perdido poco antes</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>d MMM</source>
        <comment>day and short month, as in 1 Dec</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>number not on WhatsApp</source>
        <translation>el número no tiene WhatsApp</translation>
    </message>
    <message>
        <source>the message template was refused</source>
        <translation>la plantilla del mensaje fue rechazada</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver it</source>
        <translation>WhatsApp no lo entregó</translation>
    </message>
    <message>
        <source>the owner opted out</source>
        <translation>el dueño pidió no recibir más mensajes</translation>
    </message>
    <message>
        <source>no WhatsApp number</source>
        <translation>sin número de WhatsApp</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>gave up after several tries (%1)</source>
        <translation>se abandonó tras varios intentos (%1)</translation>
    </message>
    <message>
        <source>WhatsApp is not set up on the server</source>
        <translation>WhatsApp no está configurado en el servidor</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>nobody to tell (no owner opted in with a WhatsApp number)</source>
        <translation>no hay a quién avisar (ningún dueño aceptó WhatsApp con un número)</translation>
    </message>
    <message>
        <source>a newer record replaced it</source>
        <translation>lo reemplazó un registro más nuevo</translation>
    </message>
    <message>
        <source>the record was deleted</source>
        <translation>el registro se eliminó</translation>
    </message>
    <message>
        <source>the pet died</source>
        <translation>la mascota falleció</translation>
    </message>
    <message>
        <source>the pet was adopted out</source>
        <translation>la mascota fue dada en adopción</translation>
    </message>
    <message>
        <source>the pet was deleted</source>
        <translation>la mascota se eliminó</translation>
    </message>
    <message>
        <source>reminders are off for it</source>
        <translation>los recordatorios están desactivados para esto</translation>
    </message>
    <message>
        <source>cancelled by staff</source>
        <translation>cancelado por el personal</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sending (retrying: %1)</source>
        <translation>enviando (reintentando: %1)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado el %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>, delivered</source>
        <translation>, entregado</translation>
    </message>
    <message>
        <source>, read</source>
        <translation>, leído</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>uncertain: may not have been sent</source>
        <translation>incierto: puede que no se haya enviado</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelado: %1</translation>
    </message>
    <message>
        <source>reminder planned for %1</source>
        <translation>recordatorio planificado para el %1</translation>
    </message>
    <message>
        <source>%1; next %2</source>
        <translation>%1; próximo %2</translation>
    </message>
    <message>
        <source>no reminder: %1</source>
        <translation>sin recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Combinar %1 con %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>ID de placa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Teléfono del dueño</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>Correo electrónico del dueño</translation>
    </message>
    <message>
        <source>WhatsApp opt-in</source>
        <translation>Acepta WhatsApp</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>campo obligatorio</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>supera la longitud máxima</translation>
    </message>
    <message>
        <source>an older 9/10-character chip: accepted, but not every scanner reads it</source>
        <translation>chip antiguo de 9/10 caracteres: se acepta, pero no todos los lectores pueden leerlo</translation>
    </message>
    <message>
        <source>numbers starting with 999 belong to test transponders</source>
        <translation>los números que empiezan por 999 corresponden a transpondedores de prueba</translation>
    </message>
    <message>
        <source>this microchip number is already used by another pet</source>
        <translation>este número de microchip ya lo tiene otra mascota</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>use a language code such as &quot;es&quot; or &quot;pt-BR&quot;</source>
        <translation>debe ser un código de idioma, como &quot;es&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <source>is implausibly early</source>
        <translation>es una fecha demasiado antigua para ser verosímil</translation>
    </message>
    <message>
        <source>is before the date it was given</source>
        <translation>es anterior a la fecha de administración</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 1500 kg</source>
        <translation>debe ser mayor que 0 y no superar los 1500 kg</translation>
    </message>
    <message>
        <source>exactly one contact must be the primary one</source>
        <translation>debe haber exactamente un contacto principal</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>no es un ID válido</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>no es uno de los valores permitidos</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>no es una fecha (formato AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type the 15 digits of the chip, e.g. 982000123456789 (an older chip has 9 or 10 characters)</source>
        <translation>escriba los 15 dígitos del chip, p. ej., 982000123456789 (un chip antiguo tiene 9 o 10 caracteres)</translation>
    </message>
    <message>
        <source>not a phone number: type it as you would dial it, e.g. %1</source>
        <translation>no es un número de teléfono: escríbalo como lo marcaría, p. ej., %1</translation>
    </message>
    <message>
        <source>start with + and the country code, e.g. +54 9 11 2345-6789, or choose your country in Preferences to type local numbers</source>
        <translation>empiece con + y el código de país, p. ej., +54 9 11 2345-6789, o elija su país en Preferencias para escribir números locales</translation>
    </message>
    <message>
        <source>Type the pet&apos;s name.</source>
        <translation>Escriba el nombre de la mascota.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Type the vaccine or product given.</source>
        <translation>Escriba la vacuna o el producto aplicado.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Primero escriba la nota.</translation>
    </message>
    <message>
        <source>Type the birth date, or untick Known.</source>
        <translation>Escriba la fecha de nacimiento o desmarque Conocida.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>15 digits, e.g. 982000123456789.</source>
        <translation>15 dígitos, p. ej., 982000123456789.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1.</source>
        <translation>No es una fecha. Escríbala así: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Where found</source>
        <translation>Lugar del hallazgo</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Fecha del hallazgo</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>is outside the allowed range</source>
        <translation>está fuera del rango permitido</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address</source>
        <translation>indique un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <source>the consent must be read and accepted</source>
        <translation>debe leer y aceptar el consentimiento</translation>
    </message>
    <message>
        <source>please sign the application</source>
        <translation>firme la solicitud</translation>
    </message>
    <message>
        <source>the signature could not be read; please sign again</source>
        <translation>no se pudo leer la firma; firme de nuevo</translation>
    </message>
    <message>
        <source>type your full name exactly as in the name field</source>
        <translation>escriba su nombre completo exactamente como en el campo del nombre</translation>
    </message>
    <message>
        <source>use a currency code such as ARS or BRL</source>
        <translation>use un código de moneda como ARS o BRL</translation>
    </message>
    <message>
        <source>this status change is not allowed</source>
        <translation>este cambio de estado no está permitido</translation>
    </message>
    <message>
        <source>give each child&apos;s age in whole years, separated by commas</source>
        <translation>indique la edad de cada niño en años enteros, separadas por comas</translation>
    </message>
    <message>
        <source>contains invisible control characters (perhaps pasted from another program); delete and type it again</source>
        <translation>contiene caracteres de control invisibles (quizás pegados desde otro programa); bórrelo y escríbalo de nuevo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pet Info: offline pet records.</source>
        <translation>Pet Info: registros de mascotas sin conexión.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Archivo de la base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org.</source>
        <translation>Servidor de sincronización, p. ej., https://sync.example.org.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The kiosk&apos;s database file (default: %1).</source>
        <translation>El archivo de la base de datos del kiosco (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The server offered at enrolment.</source>
        <translation>El servidor ofrecido al registrar el kiosco.</translation>
    </message>
    <message>
        <source>Show the kiosk in a window (to try it out); it stays locked otherwise.</source>
        <translation>Mostrar el kiosco en una ventana (para probarlo); si no, queda bloqueado.</translation>
    </message>
    <message>
        <source>Pet Info adoption kiosk: visitors browse adoptable animals and apply, offline too. Leaving it needs the staff PIN.</source>
        <translation>Kiosco de adopción de Pet Info: los visitantes ven los animales en adopción y presentan su solicitud, también sin conexión. Para salir se necesita el PIN del personal.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AboutDialog</name>
    <message>
        <source>About Pet Info</source>
        <translation>Acerca de Pet Info</translation>
    </message>
    <message>
        <source>Pet Info</source>
        <translation>Pet Info</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Libraries</source>
        <translation>&amp;Bibliotecas</translation>
    </message>
    <message>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cencia</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
    <message>
        <source>Copy the version, the system and the libraries, to paste into a support request</source>
        <translation>Copia la versión, el sistema y las bibliotecas para pegarlos en un pedido de soporte</translation>
    </message>
    <message>
        <source>Offline-first pet records for clinics, shelters and owners.</source>
        <translation>Historias de mascotas que funcionan sin conexión, para clínicas, refugios y dueños.</translation>
    </message>
    <message>
        <source>Your records are kept in an encrypted database on this computer:</source>
        <translation>Sus registros se guardan en una base de datos cifrada en este equipo:</translation>
    </message>
    <message>
        <source>Pet Info is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with &lt;b&gt;no warranty&lt;/b&gt;.</source>
        <translation>Pet Info es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece &lt;b&gt;sin ninguna garantía&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Running on %1.</source>
        <translation>Funcionando en %1.</translation>
    </message>
    <message>
        <source>Pet Info is built on these free software libraries. Thank you to their authors.</source>
        <translation>Pet Info se construye sobre estas bibliotecas de software libre. Gracias a sus autores.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionActions</name>
    <message>
        <source>&amp;Adoption…</source>
        <translation>&amp;Adopción…</translation>
    </message>
    <message>
        <source>Applications &amp;Inbox…</source>
        <translation>&amp;Bandeja de solicitudes…</translation>
    </message>
    <message>
        <source>Animals by adoption status, intake and profiles (Ctrl+Shift+A)</source>
        <translation>Animales por estado de adopción, ingreso y perfiles (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Adoption applications from the kiosk, the adoption page and staff (Ctrl+Shift+I)</source>
        <translation>Solicitudes de adopción del kiosco, la página de adopción y el personal (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>Open Inbox</source>
        <translation>Abrir bandeja</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>A&amp;doption</source>
        <translation>Ad&amp;opción</translation>
    </message>
    <message numerus="yes">
        <source>%n new application(s)</source>
        <translation>
            <numerusform>%n solicitud nueva</numerusform>
            <numerusform>%n solicitudes nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the applications inbox (Ctrl+Shift+I)</source>
        <translation>Abrir la bandeja de solicitudes (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>New adoption application from %1.</source>
        <translation>Nueva solicitud de adopción de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new adoption applications.</source>
        <translation>
            <numerusform>%n nueva solicitud de adopción.</numerusform>
            <numerusform>%n nuevas solicitudes de adopción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionAnimalModel</name>
    <message>
        <source>Came in on %1</source>
        <translation>Ingresó el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Days in care</source>
        <translation>Días en cuidado</translation>
    </message>
    <message>
        <source>Came in as</source>
        <translation>Ingresó como</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionAnimalsPage</name>
    <message>
        <source>Record &amp;Intake…</source>
        <translation>Registrar &amp;ingreso…</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <source>Adoption &amp;Profile…</source>
        <translation>&amp;Perfil de adopción…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>History of the selected animal:</source>
        <translation>Historial del animal seleccionado:</translation>
    </message>
    <message>
        <source>Could not load the adoption list</source>
        <translation>No se pudo cargar la lista de adopción</translation>
    </message>
    <message>
        <source>All animals (%1)</source>
        <translation>Todos los animales (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No animals in the adoption workflow yet. Record an intake to start.</source>
        <translation>Todavía no hay animales en el proceso de adopción. Registre un ingreso para empezar.</translation>
    </message>
    <message numerus="yes">
        <source>%n animal(s). </source>
        <translation>
            <numerusform>%n animal. </numerusform>
            <numerusform>%n animales. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionFlow</name>
    <message>
        <source>I confirm that what I wrote is true. I agree that the shelter keeps this application and contacts me about the adoption. Applying does not reserve the animal: the shelter decides after getting to know me, and may visit my home before the adoption.</source>
        <translation>Confirmo que lo que escribí es verdad. Acepto que el refugio conserve esta solicitud y me contacte sobre la adopción. Presentar la solicitud no reserva al animal: el refugio decide después de conocerme y puede visitar mi hogar antes de la adopción.</translation>
    </message>
    <message>
        <source>Your application could not be saved. Please ask the shelter&apos;s staff for help; nothing you typed was lost.</source>
        <translation>No se pudo guardar su solicitud. Pida ayuda al personal del refugio; no se perdió nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionProfileDialog</name>
    <message>
        <source>Adoption Profile: %1</source>
        <translation>Perfil de adopción: %1</translation>
    </message>
    <message>
        <source>What adopters should know: character, habits, needs. Shown publicly.</source>
        <translation>Lo que deben saber los adoptantes: carácter, hábitos, necesidades. Se muestra públicamente.</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>No photos yet: add them on the pet&apos;s Attachments tab.</source>
        <translation>Todavía no hay fotos: agréguelas en la pestaña Adjuntos de la mascota.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energía:</translation>
    </message>
    <message>
        <source>Good with &amp;dogs:</source>
        <translation>Se lleva bien con &amp;perros:</translation>
    </message>
    <message>
        <source>Good with c&amp;ats:</source>
        <translation>Se lleva bien con &amp;gatos:</translation>
    </message>
    <message>
        <source>Good with c&amp;hildren:</source>
        <translation>Se lleva bien con &amp;niños:</translation>
    </message>
    <message>
        <source>Adoption &amp;fee:</source>
        <translation>C&amp;osto de adopción:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Public photos:</source>
        <translation>&amp;Fotos públicas:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>G&amp;uardar perfil</translation>
    </message>
    <message>
        <source>Enter the fee&apos;s currency as its three-letter code, e.g. ARS, BRL or MXN.</source>
        <translation>Ingrese la moneda del costo con su código de tres letras, por ejemplo ARS, BRL o MXN.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionWindow</name>
    <message>
        <source>Adoption</source>
        <translation>Adopción</translation>
    </message>
    <message>
        <source>&amp;Animals</source>
        <translation>&amp;Animales</translation>
    </message>
    <message>
        <source>A&amp;pplications</source>
        <translation>&amp;Solicitudes</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AnimalPage</name>
    <message>
        <source>Back to All Animals</source>
        <translation>Volver a todos los animales</translation>
    </message>
    <message>
        <source>I&apos;d Like to Meet %1</source>
        <translation>Quiero conocer a %1</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Todavía no hay foto</translation>
    </message>
    <message>
        <source>The photo has not arrived yet</source>
        <translation>La foto todavía no llegó</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AppController</name>
    <message>
        <source>Pet Info cannot start</source>
        <translation>Pet Info no puede iniciarse</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation>No se puede crear la carpeta de la base de datos: %1</translation>
    </message>
    <message>
        <source>Pet Info cannot open your records</source>
        <translation>Pet Info no puede abrir los registros</translation>
    </message>
    <message>
        <source>Restore the newest automatic backup, from %1? The damaged file is kept aside.</source>
        <translation>¿Restaurar la copia de seguridad automática más reciente, del %1? El archivo dañado se conserva aparte.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Falló la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Copia de seguridad automática guardada: %1</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored. The records you had before were kept at %1.</source>
        <translation>Se restauró la copia de seguridad. Los registros anteriores se conservaron en %1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Try again.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Se puede volver a intentar.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>The local copy was not fully removed</source>
        <translation>La copia local no se eliminó por completo</translation>
    </message>
    <message>
        <source>Signed out; the records were removed from this computer.</source>
        <translation>Sesión cerrada; los registros se eliminaron de este equipo.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationDetails</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>Animales</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Hidden for volunteers</source>
        <translation>Oculto para voluntarios</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Yard</source>
        <translation>Patio</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Other pets</source>
        <translation>Otras mascotas</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Consent and signature</source>
        <translation>Consentimiento y firma</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptado</translation>
    </message>
    <message>
        <source>Text shown</source>
        <translation>Texto mostrado</translation>
    </message>
    <message>
        <source>Typed signature</source>
        <translation>Firma escrita</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Firma dibujada</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha en</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Notas del personal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationForm</name>
    <message>
        <source>I have read this and I agree.</source>
        <translation>Lo leí y estoy de acuerdo.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Edades de los niños</translation>
    </message>
    <message>
        <source>e.g. 4, 9</source>
        <translation>p. ej., 4, 9</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Yes, fenced or closed</source>
        <translation>Sí, cercado o cerrado</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <source>I own my home</source>
        <translation>Soy dueño de mi vivienda</translation>
    </message>
    <message>
        <source>I rent, and pets are allowed</source>
        <translation>Alquilo y se permiten mascotas</translation>
    </message>
    <message>
        <source>I rent, and pets are not allowed</source>
        <translation>Alquilo y no se permiten mascotas</translation>
    </message>
    <message>
        <source>I rent, and I am not sure</source>
        <translation>Alquilo y no estoy seguro</translation>
    </message>
    <message>
        <source>Other pets at home</source>
        <translation>Otras mascotas en el hogar</translation>
    </message>
    <message>
        <source>e.g. a 5-year-old cat</source>
        <translation>p. ej., un gato de 5 años</translation>
    </message>
    <message>
        <source>Clear Signature</source>
        <translation>Borrar firma</translation>
    </message>
    <message>
        <source>Apply to adopt %1</source>
        <translation>Solicitud para adoptar a %1</translation>
    </message>
    <message>
        <source>The shelter reads every application and will call or write to you. Fields marked * are needed.</source>
        <translation>El refugio lee cada solicitud y lo llamará o le escribirá. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Your full name *</source>
        <translation>Su nombre completo *</translation>
    </message>
    <message>
        <source>Phone *</source>
        <translation>Teléfono *</translation>
    </message>
    <message>
        <source>Adults at home</source>
        <translation>Adultos en el hogar</translation>
    </message>
    <message>
        <source>Children at home</source>
        <translation>Niños en el hogar</translation>
    </message>
    <message>
        <source>Their ages</source>
        <translation>Sus edades</translation>
    </message>
    <message>
        <source>Your home</source>
        <translation>Su vivienda</translation>
    </message>
    <message>
        <source>A yard?</source>
        <translation>¿Tiene patio?</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Other pets</source>
        <translation>Otras mascotas</translation>
    </message>
    <message>
        <source>Your experience with pets</source>
        <translation>Su experiencia con mascotas</translation>
    </message>
    <message>
        <source>A message for the shelter</source>
        <translation>Un mensaje para el refugio</translation>
    </message>
    <message>
        <source>Sign with your finger *</source>
        <translation>Firme con el dedo *</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send My Application</source>
        <translation>Enviar mi solicitud</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please give a phone number or an e-mail address, so the shelter can reach you.</source>
        <translation>Indique un teléfono o un correo electrónico para que el refugio pueda contactarlo.</translation>
    </message>
    <message>
        <source>This phone number does not look right. Write it with the area code.</source>
        <translation>Este número de teléfono no parece correcto. Escríbalo con el código de área.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. It should look like name@example.com.</source>
        <translation>Este correo electrónico no parece correcto. Debería tener la forma nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Write each child&apos;s age in years, separated by commas, like 4, 9.</source>
        <translation>Escriba la edad de cada niño en años, separadas por comas, como 4, 9.</translation>
    </message>
    <message>
        <source>Please read the text above and tick the box.</source>
        <translation>Lea el texto de arriba y marque la casilla.</translation>
    </message>
    <message>
        <source>Please sign in the box below with your finger.</source>
        <translation>Firme con el dedo en el recuadro de abajo.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Esto es demasiado largo. Acórtelo.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>Animales</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(unknown animal)</source>
        <translation>(animal desconocido)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationsPage</name>
    <message>
        <source>Save &amp;Notes</source>
        <translation>Guardar &amp;notas</translation>
    </message>
    <message>
        <source>Mark &amp;Contacted</source>
        <translation>Marcar &amp;contactada</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>Re&amp;tirada</translation>
    </message>
    <message>
        <source>Complete &amp;Adoption…</source>
        <translation>Completar a&amp;dopción…</translation>
    </message>
    <message>
        <source>Contract &amp;PDF…</source>
        <translation>Contrato en &amp;PDF…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Search applicant or animal</source>
        <translation>Buscar solicitante o animal</translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation>Nota para el historial (opcional)</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Hecha en:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Signing for the shelter:</source>
        <translation>Firma por el refugio:</translation>
    </message>
    <message>
        <source>Staff notes:</source>
        <translation>Notas del personal:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>No se pudieron cargar las solicitudes</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Ninguna solicitud seleccionada.</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Signed by typing the name “%1”</source>
        <translation>Firmada escribiendo el nombre “%1”</translation>
    </message>
    <message>
        <source>Could not update the application</source>
        <translation>No se pudo actualizar la solicitud</translation>
    </message>
    <message>
        <source>Decline Application</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message>
        <source>Decline this application? It is closed for good; the applicant can apply again.</source>
        <translation>¿Rechazar esta solicitud? Queda cerrada definitivamente; el solicitante puede volver a presentar una.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Could not change the application</source>
        <translation>No se pudo cambiar la solicitud</translation>
    </message>
    <message>
        <source>Application of %1: %2</source>
        <translation>Solicitud de %1: %2</translation>
    </message>
    <message>
        <source>Could not save the notes</source>
        <translation>No se pudieron guardar las notas</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Notas guardadas</translation>
    </message>
    <message>
        <source>Could not complete the adoption</source>
        <translation>No se pudo completar la adopción</translation>
    </message>
    <message>
        <source>Type your full name: it signs the contract.</source>
        <translation>Escriba su nombre completo: con él firma el contrato.</translation>
    </message>
    <message>
        <source>%1 adopted. Save the contract to print and sign it.</source>
        <translation>%1 adoptó. Guarde el contrato para imprimirlo y firmarlo.</translation>
    </message>
    <message>
        <source>Could not make the contract</source>
        <translation>No se pudo generar el contrato</translation>
    </message>
    <message>
        <source>Adoption contract %1</source>
        <translation>Contrato de adopción %1</translation>
    </message>
    <message>
        <source>Save Adoption Contract</source>
        <translation>Guardar contrato de adopción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the contract</source>
        <translation>No se pudo guardar el contrato</translation>
    </message>
    <message>
        <source>Contract saved to %1</source>
        <translation>Contrato guardado en %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AttachmentModel</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AttachmentsPage</name>
    <message>
        <source>Add &amp;photo…</source>
        <translation>&amp;Agregar foto…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Agregar &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Gua&amp;rdar una copia…</translation>
    </message>
    <message>
        <source>Use as &amp;main photo</source>
        <translation>&amp;Usar como foto principal</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Agregar una foto</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Agregar un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not add the file</source>
        <translation>No se pudo agregar el archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>Could not add the photo</source>
        <translation>No se pudo agregar la foto</translation>
    </message>
    <message>
        <source>%1 is not an image this app can show.</source>
        <translation>%1 no es una imagen que esta aplicación pueda mostrar.</translation>
    </message>
    <message>
        <source>Could not set the main photo</source>
        <translation>No se pudo establecer la foto principal</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>No se pudo guardar la copia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this pet&apos;s files?</source>
        <translation>¿Quitar &quot;%1&quot; de los archivos de esta mascota?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Could not remove the file</source>
        <translation>No se pudo quitar el archivo</translation>
    </message>
    <message>
        <source>No photos or documents yet.</source>
        <translation>Aún no hay fotos ni documentos.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Seleccionar un archivo para ver la vista previa.</translation>
    </message>
    <message>
        <source>%1
(no preview)</source>
        <translation>%1
(sin vista previa)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingActions</name>
    <message>
        <source>&amp;Plan and Billing…</source>
        <translation>&amp;Plan y facturación…</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan, what it allows, upgrades and payments</source>
        <translation>El plan de la organización, lo que permite, los cambios de plan y los pagos</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganización</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingAddonsBox</name>
    <message>
        <source>Add-ons (paid once)</source>
        <translation>Complementos (pago único)</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Comprar…</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Otorga</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>Pay once for the selected add-on at MercadoPago or Stripe, in the browser or on a phone</source>
        <translation>Pagar una sola vez el complemento elegido con MercadoPago o Stripe, en el navegador o en un teléfono</translation>
    </message>
    <message numerus="yes">
        <source>%n tag claim(s)</source>
        <translation>
            <numerusform>%n activación de placa</numerusform>
            <numerusform>%n activaciones de placas</numerusform>
        </translation>
    </message>
    <message>
        <source>not sold in %1</source>
        <translation>no se vende en %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingDialog</name>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sin límite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mejorar plan…</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>&amp;Open Payment Page</source>
        <translation>&amp;Abrir página de pago</translation>
    </message>
    <message>
        <source>Save &amp;Receipt…</source>
        <translation>Guardar &amp;recibo…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Plan and Billing</source>
        <translation>Plan y facturación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kioscos</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Pay for the selected plan at MercadoPago or Stripe, in the browser or on a phone</source>
        <translation>Pagar el plan seleccionado con MercadoPago o Stripe, en el navegador o en un teléfono</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>Código QR de la página de pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>No browser could be opened. Scan the QR code with a phone to pay.</source>
        <translation>No se pudo abrir ningún navegador. Escanee el código QR con un teléfono para pagar.</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to see and change the organisation&apos;s plan.</source>
        <translation>Esta base de datos no inició sesión en un servidor. Inicie sesión (menú Sincronización) para ver y cambiar el plan de la organización.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Only administrators of the organisation can change its plan.</source>
        <translation>Solo los administradores de la organización pueden cambiar su plan.</translation>
    </message>
    <message>
        <source>This server does not sell plans: nothing is limited.</source>
        <translation>Este servidor no vende planes: no hay nada limitado.</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>Se renueva el %1.</translation>
    </message>
    <message>
        <source>Paid until %1. It does not renew by itself: pay again before then to keep it.</source>
        <translation>Pagado hasta el %1. No se renueva solo: vuelva a pagar antes de esa fecha para conservarlo.</translation>
    </message>
    <message>
        <source>%1 ended on %2. The organisation is back on the free plan; its records stay readable, synced and exportable.</source>
        <translation>%1 terminó el %2. La organización volvió al plan gratuito; sus registros siguen legibles, sincronizados y exportables.</translation>
    </message>
    <message>
        <source>The free plan.</source>
        <translation>El plan gratuito.</translation>
    </message>
    <message>
        <source>Devices: %1 · Kiosks: %2 · WhatsApp reminders: %3</source>
        <translation>Dispositivos: %1 · Kioscos: %2 · Recordatorios de WhatsApp: %3</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluidos</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>no incluidos</translation>
    </message>
    <message>
        <source>Could not read the organisation&apos;s plan: %1</source>
        <translation>No se pudo leer el plan de la organización: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 al año</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>not sold in %1</source>
        <translation>no se vende en %1</translation>
    </message>
    <message>
        <source>Pay &amp;Again…</source>
        <translation>&amp;Pagar de nuevo…</translation>
    </message>
    <message>
        <source>The payment provider did not answer the server. Nothing was charged; try again in a few minutes.</source>
        <translation>El proveedor de pagos no respondió al servidor. No se cobró nada; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>This server does not sell plans.</source>
        <translation>Este servidor no vende planes.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>No se pudo iniciar el pago: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the payment&lt;/b&gt; of %1 for %2 at %3.&lt;br&gt;The payment page is open in your browser. To pay on a phone, scan this code. This window shows the result as soon as %3 confirms it to the server.&lt;br&gt;The page can be used until %4.</source>
        <translation>&lt;b&gt;Esperando el pago&lt;/b&gt; de %1 por %2 en %3.&lt;br&gt;La página de pago está abierta en su navegador. Para pagar en un teléfono, escanee este código. Esta ventana muestra el resultado en cuanto %3 lo confirme al servidor.&lt;br&gt;La página se puede usar hasta %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid.&lt;/b&gt; %1 of %2 through %3: %4 is now the organisation&apos;s plan.</source>
        <translation>&lt;b&gt;Pagado.&lt;/b&gt; %1 de %2 a través de %3: %4 es ahora el plan de la organización.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment did not go through&lt;/b&gt; at %1. Nothing changed; you can try again, with another card if needed.</source>
        <translation>&lt;b&gt;El pago no se completó&lt;/b&gt; en %1. No cambió nada; puede volver a intentarlo, con otra tarjeta si hace falta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment page expired&lt;/b&gt; before it was paid. Press Upgrade to start a new one.</source>
        <translation>&lt;b&gt;La página de pago venció&lt;/b&gt; antes de pagarse. Pulse Mejorar plan para iniciar una nueva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refunded.&lt;/b&gt; The payment was returned, and what it paid for ended.</source>
        <translation>&lt;b&gt;Reembolsado.&lt;/b&gt; El pago se devolvió y lo que pagaba terminó.</translation>
    </message>
    <message>
        <source>Cannot ask the server about the payment right now (%1). Trying again…</source>
        <translation>No se puede consultar al servidor sobre el pago en este momento (%1). Reintentando…</translation>
    </message>
    <message>
        <source>Could not make the receipt</source>
        <translation>No se pudo generar el recibo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Pet Info receipt %1.pdf</source>
        <translation>Recibo de Pet Info %1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the receipt</source>
        <translation>No se pudo guardar el recibo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tag claims: %1 / %2</source>
        <translation>Activaciones de placas: %1 / %2</translation>
    </message>
    <message>
        <source>Tag claims: %1 (no limit)</source>
        <translation>Activaciones de placas: %1 (sin límite)</translation>
    </message>
    <message numerus="yes">
        <source> (%n from add-ons)</source>
        <translation>
            <numerusform> (%n de complementos)</numerusform>
            <numerusform> (%n de complementos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n pet tag(s) wait for a claim.&lt;/b&gt; The pets are saved; their tags work as soon as the organisation buys tag claims below.</source>
        <translation>
            <numerusform>&lt;b&gt;%n placa espera una activación.&lt;/b&gt; Las mascotas están guardadas; sus placas funcionan en cuanto la organización compre activaciones aquí abajo.</numerusform>
            <numerusform>&lt;b&gt;%n placas esperan una activación.&lt;/b&gt; Las mascotas están guardadas; sus placas funcionan en cuanto la organización compre activaciones aquí abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not sold in that currency. Choose another currency.</source>
        <translation>Esto no se vende en esa moneda. Elija otra moneda.</translation>
    </message>
    <message>
        <source>The server no longer sells this. Press Refresh to see what it sells now.</source>
        <translation>El servidor ya no vende esto. Pulse Actualizar para ver lo que vende ahora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid.&lt;/b&gt; %1 for %2 through %3: its tag claims are added to the organisation&apos;s, and tags that waited for a claim work now.</source>
        <translation>&lt;b&gt;Pagado.&lt;/b&gt; %1 por %2 con %3: sus activaciones de placas se suman a las de la organización, y las placas que esperaban ya funcionan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment page expired&lt;/b&gt; before it was paid. Press Buy to start a new one.</source>
        <translation>&lt;b&gt;La página de pago venció&lt;/b&gt; antes de que se pagara. Pulse Comprar para empezar una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag claim(s)</source>
        <translation>
            <numerusform>%n activación de placa</numerusform>
            <numerusform>%n activaciones de placas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::CompleteAdoptionDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Complete Adoption</source>
        <translation>Completar la adopción</translation>
    </message>
    <message>
        <source>%1 becomes the owner of the reserved animals, which are marked adopted. Then the contract is saved, signed by you for the organisation.</source>
        <translation>%1 pasa a ser responsable de los animales reservados, que quedan marcados como adoptados. Después se guarda el contrato, firmado por usted en nombre de la organización.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Su firma</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger</source>
        <translation>Firme con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <source>Complete &amp;Adoption</source>
        <translation>Completar la &amp;adopción</translation>
    </message>
    <message>
        <source>&amp;Signing for the organisation:</source>
        <translation>&amp;Firma por la organización:</translation>
    </message>
    <message>
        <source>Your signature (optional):</source>
        <translation>Su firma (opcional):</translation>
    </message>
    <message>
        <source>Without a drawn signature the contract shows your typed name in its place.</source>
        <translation>Sin una firma dibujada, el contrato muestra en su lugar el nombre que escribió.</translation>
    </message>
    <message>
        <source>Too short to count as a signature: sign with your usual signature, or clear it.</source>
        <translation>Demasiado corta para valer como firma: firme como lo hace siempre, o bórrela.</translation>
    </message>
    <message>
        <source>Your drawn signature goes on the contract.</source>
        <translation>Su firma dibujada va en el contrato.</translation>
    </message>
    <message>
        <source>Type your full name: it is printed under the signature for the organisation.</source>
        <translation>Escriba su nombre completo: se imprime bajo la firma de la organización.</translation>
    </message>
    <message>
        <source>The drawing is too short to count as a signature. Sign again, or clear it to print your typed name instead.</source>
        <translation>El trazo es demasiado corto para valer como firma. Firme de nuevo, o bórrelo para imprimir en su lugar el nombre que escribió.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictLogDialog</name>
    <message>
        <source>&amp;Put Back Overwritten Value</source>
        <translation>&amp;Restaurar valor sobrescrito</translation>
    </message>
    <message>
        <source>Conflict Log</source>
        <translation>Registro de conflictos</translation>
    </message>
    <message>
        <source>When two devices changed the same field before syncing, the later change was kept everywhere. Nothing is lost: the overwritten value is listed here and can be put back, which is a new change that syncs.</source>
        <translation>Cuando dos dispositivos cambiaron el mismo campo antes de sincronizar, se conservó en todos el cambio más reciente. No se pierde nada: el valor sobrescrito figura aquí y se puede recuperar, lo que es un cambio nuevo que se sincroniza.</translation>
    </message>
    <message>
        <source>Make the overwritten value current again (a new edit that syncs)</source>
        <translation>Volver a usar el valor sobrescrito (un cambio nuevo que se sincroniza)</translation>
    </message>
    <message>
        <source>Cannot read the conflict log</source>
        <translation>No se puede leer el registro de conflictos</translation>
    </message>
    <message>
        <source>No conflicts: every change so far met no other change of the same field.</source>
        <translation>Sin conflictos: ningún cambio coincidió con otro cambio del mismo campo.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 not put back.</source>
        <translation>
            <numerusform>%n conflicto, %1 sin restaurar.</numerusform>
            <numerusform>%n conflictos, %1 sin restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put the value back</source>
        <translation>No se pudo restaurar el valor</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictModel</name>
    <message>
        <source>The lost value was put back on %1.</source>
        <translation>El valor perdido se recuperó el %1.</translation>
    </message>
    <message>
        <source>%1 (put back)</source>
        <translation>%1 (recuperado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Conservado de</translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation>Valor sobrescrito</translation>
    </message>
    <message>
        <source>Overwritten from</source>
        <translation>Sobrescrito de</translation>
    </message>
    <message>
        <source>Pet %1</source>
        <translation>Mascota %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation>Contacto de %1</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Registro de salud de %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>Archivo de %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Placa %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Reminder for %1</source>
        <translation>Recordatorio para %1</translation>
    </message>
    <message>
        <source>Message about %1</source>
        <translation>Mensaje sobre %1</translation>
    </message>
    <message>
        <source>Found report about %1</source>
        <translation>Aviso de hallazgo sobre %1</translation>
    </message>
    <message>
        <source>Intake of %1</source>
        <translation>Ingreso de %1</translation>
    </message>
    <message>
        <source>Adoption profile of %1</source>
        <translation>Perfil de adopción de %1</translation>
    </message>
    <message>
        <source>Status change %1</source>
        <translation>Cambio de estado %1</translation>
    </message>
    <message>
        <source>Adoption application from %1</source>
        <translation>Solicitud de adopción de %1</translation>
    </message>
    <message>
        <source>Found animal (%1)</source>
        <translation>Animal encontrado (%1)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ContactModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ContactsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>&amp;Marcar como principal</translation>
    </message>
    <message>
        <source>Agrees to WhatsApp reminders</source>
        <translation>Acepta recordatorios por WhatsApp</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>Type a person who is not in Pet Info yet</source>
        <translation>Escriba una persona que todavía no está en Pet Info</translation>
    </message>
    <message>
        <source>e.g. %1; several separated by commas</source>
        <translation>p. ej., %1; varios separados por comas</translation>
    </message>
    <message>
        <source>Add an existing person: type a name, phone or e-mail</source>
        <translation>Agregar una persona existente: escriba un nombre, teléfono o correo</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Agregar una persona existente</translation>
    </message>
    <message>
        <source>People already in Pet Info (owners of other pets) are linked, not typed again: a change to their phone then shows on all their pets</source>
        <translation>Las personas que ya están en Pet Info (dueños de otras mascotas) se vinculan, no se vuelven a escribir: así un cambio de teléfono se ve en todas sus mascotas</translation>
    </message>
    <message>
        <source>%1 is also a contact of %2. Changes to these details show on those pets too.</source>
        <translation>%1 también es contacto de %2. Los cambios en estos datos se ven también en esas mascotas.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
</context>
<context>
    <name>petinfo::client::CsvPreviewModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DataTransfer</name>
    <message>
        <source>Import pets from CSV</source>
        <translation>Importar mascotas desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pet(s).</source>
        <translation>
            <numerusform>Se importó %n mascota.</numerusform>
            <numerusform>Se importaron %n mascotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar todo como JSON</translation>
    </message>
    <message>
        <source>Export pets as CSV</source>
        <translation>Exportar mascotas como CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pet(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n mascota a %1.</numerusform>
            <numerusform>Se exportaron %n mascotas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Guardar copia de seguridad en</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1)</source>
        <translation>Copias de seguridad de Pet Info (*%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Creando copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2).</source>
        <translation>Copia de seguridad guardada en %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de Pet Info (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current records with the backup from %1?

The current database is kept as a backup first, so this can be reversed.</source>
        <translation>¿Reemplazar los registros actuales por la copia de seguridad del %1?

Antes se guarda la base de datos actual como copia de seguridad, así que esta acción se puede revertir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>DD</source>
        <comment>day in a date pattern</comment>
        <translation>DD</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>month in a date pattern</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>year in a date pattern</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Mon</source>
        <comment>month name in a date pattern</comment>
        <translation>Lun</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DueModel</name>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>WhatsApp reminder</source>
        <translation>Recordatorio por WhatsApp</translation>
    </message>
</context>
<context>
    <name>petinfo::client::EnrolmentPage</name>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>No se puede contactar al servidor. Revise la dirección y la red.</translation>
    </message>
    <message>
        <source>The server does not know this token (mistyped or revoked).</source>
        <translation>El servidor no conoce este token (mal escrito o revocado).</translation>
    </message>
    <message>
        <source>This token is not a kiosk&apos;s. Create a kiosk device in the desktop app and use its token.</source>
        <translation>Este token no es de un kiosco. Cree un dispositivo de kiosco en la aplicación de escritorio y use su token.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (%1).</source>
        <translation>El servidor rechazó el registro (%1).</translation>
    </message>
    <message>
        <source>Enrol This Kiosk</source>
        <translation>Registrar este kiosco</translation>
    </message>
    <message>
        <source>Set Up the Adoption Kiosk</source>
        <translation>Configurar el kiosco de adopción</translation>
    </message>
    <message>
        <source>Set up the adoption kiosk</source>
        <translation>Configurar el kiosco de adopción</translation>
    </message>
    <message>
        <source>An administrator does this once: create a kiosk device on the server (the kiosk guide says how) and type its token here. Staff need the PIN to leave the kiosk.</source>
        <translation>Un administrador hace esto una sola vez: crea un dispositivo de kiosco en el servidor (la guía del kiosco explica cómo) y escribe su token aquí. El personal necesita el PIN para salir del kiosco.</translation>
    </message>
    <message>
        <source>e.g. Adoption day at the park</source>
        <translation>p. ej. Jornada de adopción en el parque</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Kiosk &amp;token:</source>
        <translation>&amp;Token del kiosco:</translation>
    </message>
    <message>
        <source>&amp;Event (optional):</source>
        <translation>&amp;Evento (opcional):</translation>
    </message>
    <message>
        <source>Staff &amp;PIN (%1 to %2 digits):</source>
        <translation>&amp;PIN del personal (de %1 a %2 dígitos):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, such as https://sync.example.org.</source>
        <translation>Escriba la dirección del servidor, como https://sync.example.org.</translation>
    </message>
    <message>
        <source>Paste the kiosk device&apos;s token.</source>
        <translation>Pegue el token del dispositivo de kiosco.</translation>
    </message>
    <message>
        <source>The staff PIN must be %1 to %2 digits.</source>
        <translation>El PIN del personal debe tener de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN de nuevo.</translation>
    </message>
    <message>
        <source>Enrolling the kiosk…</source>
        <translation>Registrando el kiosco…</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FieldIssueLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalActions</name>
    <message>
        <source>&amp;Found Animals…</source>
        <translation>Animales &amp;encontrados…</translation>
    </message>
    <message>
        <source>Strays taken in, and the lost pets each may be (Ctrl+Shift+F)</source>
        <translation>Animales callejeros recibidos y las mascotas perdidas que podrían ser (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Lost and Found</source>
        <translation>Pe&amp;rdidos y encontrados</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalDialog</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>&amp;Elegir foto…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>&amp;Quitar foto</translation>
    </message>
    <message>
        <source>Found Animal</source>
        <translation>Animal encontrado</translation>
    </message>
    <message>
        <source>e.g. mixed breed, Labrador</source>
        <translation>p. ej. mestizo, labrador</translation>
    </message>
    <message>
        <source>e.g. black with a white chest</source>
        <translation>p. ej. negro con el pecho blanco</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source> y</source>
        <translation> a</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>as the scanner shows it</source>
        <translation>tal como lo muestra el lector</translation>
    </message>
    <message>
        <source>the code on a Pet Info tag, if it wore one</source>
        <translation>el código de una placa de Pet Info, si tenía una</translation>
    </message>
    <message>
        <source>street, park or neighbourhood</source>
        <translation>calle, plaza o barrio</translation>
    </message>
    <message>
        <source>Collar, behaviour, who brought it in…</source>
        <translation>Collar, comportamiento, quién lo trajo…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>Espec&amp;ie:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Breed:</source>
        <translation>&amp;Raza:</translation>
    </message>
    <message>
        <source>&amp;Colour and markings:</source>
        <translation>&amp;Color y señas:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Estimated &amp;age:</source>
        <translation>E&amp;dad estimada:</translation>
    </message>
    <message>
        <source>&amp;Microchip:</source>
        <translation>&amp;Microchip:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Placa:</translation>
    </message>
    <message>
        <source>&amp;Where found:</source>
        <translation>&amp;Lugar del hallazgo:</translation>
    </message>
    <message>
        <source>&amp;Date found:</source>
        <translation>&amp;Fecha del hallazgo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Photo of the Found Animal</source>
        <translation>Foto del animal encontrado</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photo Not Used</source>
        <translation>Foto no usada</translation>
    </message>
    <message>
        <source>The photo is larger than 20 MB. Choose a smaller one.</source>
        <translation>La foto ocupa más de 20 MB. Elija una más pequeña.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file is not a picture this app can show (JPEG, PNG).</source>
        <translation>El archivo no es una imagen que esta aplicación pueda mostrar (JPEG, PNG).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalsWindow</name>
    <message>
        <source>Show &amp;reunited and closed</source>
        <translation>Mostrar &amp;reunidos y cerrados</translation>
    </message>
    <message>
        <source>&amp;New Found Animal…</source>
        <translation>&amp;Nuevo animal encontrado…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>C&amp;lose Without Match…</source>
        <translation>&amp;Cerrar sin coincidencia…</translation>
    </message>
    <message>
        <source>&amp;This Is the Pet…</source>
        <translation>Es esta &amp;mascota…</translation>
    </message>
    <message>
        <source>Found Animals</source>
        <translation>Animales encontrados</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Lost pet</source>
        <translation>Mascota perdida</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The selected lost pet is this animal: it is home again and this record is closed</source>
        <translation>La mascota perdida seleccionada es este animal: volvió a su hogar y este registro se cierra</translation>
    </message>
    <message>
        <source>&amp;Lost pets that may be this animal, best first:</source>
        <translation>Mascotas &amp;perdidas que pueden ser este animal, las más probables primero:</translation>
    </message>
    <message>
        <source>The found animals could not be read.</source>
        <translation>No se pudieron leer los animales encontrados.</translation>
    </message>
    <message>
        <source>No found animals. Record a stray with &quot;New Found Animal&quot;.</source>
        <translation>No hay animales encontrados. Registre un animal callejero con &quot;Nuevo animal encontrado&quot;.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Found on %1 at %2</source>
        <translation>Encontrado el %1 en %2</translation>
    </message>
    <message>
        <source>Microchip: %1</source>
        <translation>Microchip: %1</translation>
    </message>
    <message>
        <source>The lost pets could not be read: %1</source>
        <translation>No se pudieron leer las mascotas perdidas: %1</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>No lost pet of this organisation matches.</source>
        <translation>Ninguna mascota perdida de esta organización coincide.</translation>
    </message>
    <message>
        <source>Delete Found Animal</source>
        <translation>Eliminar animal encontrado</translation>
    </message>
    <message>
        <source>Delete the record of this found animal (%1)?</source>
        <translation>¿Eliminar el registro de este animal encontrado (%1)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Close Without Match</source>
        <translation>Cerrar sin coincidencia</translation>
    </message>
    <message>
        <source>Stop looking for this animal&apos;s family (adopted, transferred or gone)?</source>
        <translation>¿Dejar de buscar a la familia de este animal (adoptado, transferido o ya no está)?</translation>
    </message>
    <message>
        <source>Close Record</source>
        <translation>Cerrar registro</translation>
    </message>
    <message>
        <source>Not Closed</source>
        <translation>No cerrado</translation>
    </message>
    <message>
        <source>This animal is %1? %1 will no longer be shown as lost, and this record is closed as reunited.</source>
        <translation>¿Este animal es %1? %1 dejará de mostrarse como mascota perdida y este registro se cierra como reunido con su familia.</translation>
    </message>
    <message>
        <source>Reunite</source>
        <translation>Reunir con su familia</translation>
    </message>
    <message>
        <source>Not Reunited</source>
        <translation>No reunido</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundBanner</name>
    <message>
        <source>Show found r&amp;eports</source>
        <translation>Ver avisos de &amp;hallazgo</translation>
    </message>
    <message>
        <source>Found! %1 reported finding this pet on %2 at %3. Phone: %4.</source>
        <translation>¡Encontrada! %1 avisó que encontró a esta mascota el %2 en %3. Teléfono: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n more new report(s).</source>
        <translation>
            <numerusform>%n aviso nuevo más.</numerusform>
            <numerusform>%n avisos nuevos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundReportModel</name>
    <message>
        <source>Typed as %1</source>
        <translation>Escrito como %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Avisado</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrada por</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundReportsPage</name>
    <message>
        <source>&amp;Copy phone</source>
        <translation>&amp;Copiar teléfono</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>&amp;Marcar todos como vistos</translation>
    </message>
    <message>
        <source>No one has reported finding this pet. While the pet is marked lost, its tag&apos;s page offers finders a form; what they send appears here and on every computer of the clinic.</source>
        <translation>Nadie avisó haber encontrado a esta mascota. Mientras esté marcada como perdida, la página de su placa ofrece un formulario a quien la encuentre; lo que envíen aparece aquí y en todos los equipos de la clínica.</translation>
    </message>
    <message>
        <source>Copy the finder&apos;s phone number, to call or message them</source>
        <translation>Copia el teléfono de quien la encontró, para llamarle o escribirle</translation>
    </message>
    <message>
        <source>Could not read the found reports</source>
        <translation>No se pudieron leer los avisos de hallazgo</translation>
    </message>
    <message>
        <source>Could not mark the reports as seen</source>
        <translation>No se pudieron marcar los avisos como vistos</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, at %4.</source>
        <translation>%1 (%2) el %3, en %4.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::GalleryPage</name>
    <message>
        <source>All Animals</source>
        <translation>Todos los animales</translation>
    </message>
    <message>
        <source>Dogs</source>
        <translation>Perros</translation>
    </message>
    <message>
        <source>Cats</source>
        <translation>Gatos</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <source>Under a year</source>
        <translation>Menos de un año</translation>
    </message>
    <message>
        <source>1 to 7 years</source>
        <translation>De 1 a 7 años</translation>
    </message>
    <message>
        <source>8 years and over</source>
        <translation>8 años o más</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Good with Children</source>
        <translation>Se lleva bien con niños</translation>
    </message>
    <message>
        <source>Good with Dogs</source>
        <translation>Se lleva bien con perros</translation>
    </message>
    <message>
        <source>Good with Cats</source>
        <translation>Se lleva bien con gatos</translation>
    </message>
    <message>
        <source>Animals looking for a home</source>
        <translation>Animales que buscan un hogar</translation>
    </message>
    <message>
        <source>No animal matches all of these choices right now.</source>
        <translation>Ningún animal coincide con todas estas opciones por ahora.</translation>
    </message>
    <message>
        <source>Show All Animals</source>
        <translation>Mostrar todos los animales</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 animals</source>
        <translation>
            <numerusform>%n de %1 animales</numerusform>
            <numerusform>%n de %1 animales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animal(s) looking for a home</source>
        <translation>
            <numerusform>%n animal busca un hogar</numerusform>
            <numerusform>%n animales buscan un hogar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthPage</name>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Agregar registro…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Eliminar registro</translation>
    </message>
    <message>
        <source>Record the next dose of the selected vaccine or treatment</source>
        <translation>Registrar la siguiente dosis de la vacuna o el tratamiento seleccionado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Delete health record</source>
        <translation>Eliminar registro de salud</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot;? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar el registro &quot;%1&quot;? Se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not change the record</source>
        <translation>No se pudo modificar el registro</translation>
    </message>
    <message>
        <source>No health records yet. Add vaccines, dewormings, treatments and check-ups here.</source>
        <translation>Aún no hay registros de salud. Aquí se pueden agregar vacunas, desparasitaciones, tratamientos y controles.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) overdue.</source>
        <translation>
            <numerusform>%n registro vencido.</numerusform>
            <numerusform>%n registros vencidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); nothing overdue.</source>
        <translation>
            <numerusform>%n registro; ninguno vencido.</numerusform>
            <numerusform>%n registros; ninguno vencido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthRecordDialog</name>
    <message>
        <source>Due again on</source>
        <translation>Vence de nuevo el</translation>
    </message>
    <message>
        <source>New health record</source>
        <translation>Nuevo registro de salud</translation>
    </message>
    <message>
        <source>e.g. Rabies, Nobivac DHPPi</source>
        <translation>p. ej., Rabia, Nobivac DHPPi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Batch/lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Next due:</source>
        <translation>Pró&amp;ximo vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Administrado por:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renovar %1</translation>
    </message>
    <message>
        <source>Could not save the record</source>
        <translation>No se pudo guardar el registro</translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replaced by a later record of the same kind</source>
        <translation>Sustituido por un registro posterior del mismo tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Batch/lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>WhatsApp reminder</source>
        <translation>Recordatorio por WhatsApp</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportDialog</name>
    <message>
        <source>&amp;Check rows</source>
        <translation>&amp;Comprobar filas</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar in&amp;forme…</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import the others</source>
        <translation>&amp;Omitir las filas con errores e importar las demás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import pets from CSV</source>
        <translation>Importar mascotas desde CSV</translation>
    </message>
    <message>
        <source>1. Columns: what each column of the file holds</source>
        <translation>1. Columnas: qué contiene cada columna del archivo</translation>
    </message>
    <message>
        <source>2. Rows: problems found before anything is written</source>
        <translation>2. Filas: problemas encontrados antes de escribir nada</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>%1 could not be read as CSV: %2</source>
        <translation>No se pudo leer %1 como CSV: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n data row(s), %2 columns, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n fila de datos, %2 columnas, separadas por &quot;%3&quot;.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n filas de datos, %2 columnas, separadas por &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>The columns changed: check the rows again.</source>
        <translation>Las columnas cambiaron: hay que volver a comprobar las filas.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>No se puede comprobar el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation>
            <numerusform>%n fila comprobada: </numerusform>
            <numerusform>%n filas comprobadas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n se puede importar</numerusform>
            <numerusform>%n se pueden importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n have errors and would be skipped</source>
        <translation>
            <numerusform>, %n tiene errores y se omitiría</numerusform>
            <numerusform>, %n tienen errores y se omitirían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n pet(s)…</source>
        <translation>
            <numerusform>Importando %n mascota…</numerusform>
            <numerusform>Importando %n mascotas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se modificó nada.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemas</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe de problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n pet(s)</source>
        <translation>
            <numerusform>&amp;Importar %n mascota</numerusform>
            <numerusform>&amp;Importar %n mascotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n add a vaccine to an animal listed above</source>
        <translation>
            <numerusform>, %n agrega una vacuna a un animal de más arriba</numerusform>
            <numerusform>, %n agregan una vacuna a un animal de más arriba</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
</context>
<context>
    <name>petinfo::client::IntakeDialog</name>
    <message>
        <source>Record Intake</source>
        <translation>Registrar ingreso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finder, previous owner or sending shelter</source>
        <translation>Quien lo encontró, dueño anterior o refugio de origen</translation>
    </message>
    <message>
        <source>&amp;Animal:</source>
        <translation>&amp;Animal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Came in as:</source>
        <translation>&amp;Ingresó como:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>Traído &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Record Intake</source>
        <translation>&amp;Registrar ingreso</translation>
    </message>
    <message>
        <source>Choose the animal. Add it as a pet first if it is not in the list.</source>
        <translation>Elija el animal. Si no está en la lista, agréguelo primero como mascota.</translation>
    </message>
    <message>
        <source>Enter the day the animal came in.</source>
        <translation>Ingrese el día en que ingresó el animal.</translation>
    </message>
    <message>
        <source>The phone number is not valid. Include the area code.</source>
        <translation>El número de teléfono no es válido. Incluya el código de área.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::KioskController</name>
    <message>
        <source>Not enrolled: nothing is sent.</source>
        <translation>Sin registrar: no se envía nada.</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>Conectado al servidor.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No network: applications are kept safely on this kiosk and sent when the network is back.</source>
        <translation>Sin red: las solicitudes se guardan de forma segura en este kiosco y se envían cuando vuelva la red.</translation>
    </message>
    <message>
        <source>The server no longer accepts this kiosk: an administrator must enrol it again. Applications are kept until then.</source>
        <translation>El servidor ya no acepta este kiosco: un administrador debe registrarlo de nuevo. Hasta entonces se conservan las solicitudes.</translation>
    </message>
    <message>
        <source>Sending failed; trying again soon. Applications are kept safely.</source>
        <translation>Falló el envío; se reintentará pronto. Las solicitudes se conservan de forma segura.</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>El kiosco no puede iniciarse</translation>
    </message>
    <message>
        <source>The enrolment was not saved.</source>
        <translation>No se guardó el registro del kiosco.</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation>No se puede crear la carpeta de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::KioskWindow</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Pet Info Adoption Kiosk</source>
        <translation>Kiosco de adopción de Pet Info</translation>
    </message>
</context>
<context>
    <name>petinfo::client::MainWindow</name>
    <message>
        <source>Pet Info</source>
        <translation>Pet Info</translation>
    </message>
    <message>
        <source>Could not load the pets</source>
        <translation>No se pudieron cargar las mascotas</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>Próximos a vencer / vencidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>No se pudo cargar la lista</translation>
    </message>
    <message>
        <source>Find by name, microchip, owner or phone (Ctrl+F)</source>
        <translation>Buscar por nombre, microchip, dueño o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find pets</source>
        <translation>Buscar mascotas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>Open health records due in the next %n day(s) or already overdue, most overdue first. Double-click a row to open the pet.</source>
        <translation>
            <numerusform>Registros de salud pendientes que vencen en el próximo %n día o ya vencidos, primero los más atrasados. Doble clic en una fila para abrir la mascota.</numerusform>
            <numerusform>Registros de salud pendientes que vencen en los próximos %n días o ya vencidos, primero los más atrasados. Doble clic en una fila para abrir la mascota.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Eliminar de&amp;finitivamente…</translation>
    </message>
    <message>
        <source>Deleted pets stay here, with all their records, until you delete them for good.</source>
        <translation>Las mascotas eliminadas permanecen aquí, con todos sus registros, hasta que se eliminen definitivamente.</translation>
    </message>
    <message>
        <source>Delete pet</source>
        <translation>Eliminar mascota</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Could not change the pet</source>
        <translation>No se pudo modificar la mascota</translation>
    </message>
    <message>
        <source>Could not restore the pet</source>
        <translation>No se pudo restaurar la mascota</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>Se restauró %1.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete %1 and all its records for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente %1 y todos sus registros? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the pet</source>
        <translation>No se pudo eliminar la mascota</translation>
    </message>
    <message numerus="yes">
        <source>%n pet(s)</source>
        <translation>
            <numerusform>%n mascota</numerusform>
            <numerusform>%n mascotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pet(s)</source>
        <translation>
            <numerusform>%1 de %n mascota</numerusform>
            <numerusform>%1 de %n mascotas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue · %2 due soon</source>
        <translation>Vencidos: %1 · Próximos a vencer: %2</translation>
    </message>
    <message>
        <source>Due soon / overdue (%1)</source>
        <translation>Próximos a vencer / vencidos (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Papelera (%1)</translation>
    </message>
    <message>
        <source>No pets yet. Add the first one with File &gt; New Pet (Ctrl+N), or import a CSV file.</source>
        <translation>Aún no hay mascotas. La primera se puede agregar con Archivo &gt; Nueva mascota (Ctrl+N) o importando un archivo CSV.</translation>
    </message>
    <message>
        <source>No pet matches &quot;%1&quot;.</source>
        <translation>Ninguna mascota coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>this pet</source>
        <translation>esta mascota</translation>
    </message>
    <message>
        <source>&amp;New Pet…</source>
        <translation>&amp;Nueva mascota…</translation>
    </message>
    <message>
        <source>Add a pet (Ctrl+N)</source>
        <translation>Agregar una mascota (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open Pet…</source>
        <translation>Abrir masc&amp;ota…</translation>
    </message>
    <message>
        <source>&amp;Delete Pet…</source>
        <translation>E&amp;liminar mascota…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Pets as &amp;CSV…</source>
        <translation>Mascotas como &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Todo como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pets</source>
        <translation>&amp;Mascotas</translation>
    </message>
    <message>
        <source>&amp;Due Soon / Overdue</source>
        <translation>Pró&amp;ximos a vencer / vencidos</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;About Pet Info</source>
        <translation>Acerca de Pe&amp;t Info</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Move %1 and all its records to the trash?

You can undo this with %2 or restore the pet from the Trash.</source>
        <translation>¿Mover a %1 y todos sus registros a la papelera?

Puede deshacerlo con %2 o restaurar la mascota desde la Papelera.</translation>
    </message>
    <message>
        <source>%1 moved to the trash. Undo with %2.</source>
        <translation>%1 se movió a la papelera. Deshacer con %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete pets</source>
        <translation>Eliminar mascotas</translation>
    </message>
    <message numerus="yes">
        <source>Move %n pets and all their records to the trash?

%1

You can undo this with %2 or restore the pets from the Trash.</source>
        <translation>
            <numerusform>¿Mover %n mascota y todos sus registros a la papelera?

%1

Puede deshacerlo con %2 o restaurarla desde la Papelera.</numerusform>
            <numerusform>¿Mover %n mascotas y todos sus registros a la papelera?

%1

Puede deshacerlo con %2 o restaurarlas desde la Papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pet(s)</source>
        <translation>
            <numerusform>Eliminar %n mascota</numerusform>
            <numerusform>Eliminar %n mascotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pet(s) moved to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n mascota se movió a la papelera. Deshacer con %1.</numerusform>
            <numerusform>%n mascotas se movieron a la papelera. Deshacer con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>Move the selected pets to the trash (Delete)</source>
        <translation>Mover las mascotas seleccionadas a la papelera (Supr)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Respaldar</translation>
    </message>
</context>
<context>
    <name>petinfo::client::MergePeopleDialog</name>
    <message>
        <source>&amp;E-mail to keep:</source>
        <translation>&amp;Correo que se conserva:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Com&amp;binar</translation>
    </message>
    <message>
        <source>Merge %1 — Pet Info</source>
        <translation>Combinar %1 — Pet Info</translation>
    </message>
    <message>
        <source>Choose the other record of %1: the same person typed in twice.</source>
        <translation>Elija el otro registro de %1: la misma persona cargada dos veces.</translation>
    </message>
    <message>
        <source>Find by name, phone, e-mail or pet</source>
        <translation>Buscar por nombre, teléfono, correo o mascota</translation>
    </message>
    <message>
        <source>Could not read the people</source>
        <translation>No se pudieron leer las personas</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>%1 (merge %2 into this record)</source>
        <translation>%1 (combinar %2 en este registro)</translation>
    </message>
    <message>
        <source>the person you choose above</source>
        <translation>la persona que elija arriba</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Merge.</source>
        <translation>No se cambia nada hasta que presione Combinar.</translation>
    </message>
    <message>
        <source>phones: %1</source>
        <translation>teléfonos: %1</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>correo: %1</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>dirección: %1</translation>
    </message>
    <message>
        <source>%1 has no pets to move.</source>
        <translation>%1 no tiene mascotas para mover.</translation>
    </message>
    <message>
        <source>The pets of %1 (%2) move to %3.</source>
        <translation>Las mascotas de %1 (%2) pasan a %3.</translation>
    </message>
    <message>
        <source>%1 will then have %2.</source>
        <translation>Luego %1 tendrá %2.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: a person has one e-mail.</source>
        <translation>El correo %1 no se conserva: cada persona tiene un solo correo.</translation>
    </message>
    <message>
        <source>%1 is then deleted, here and on every device after the next sync.</source>
        <translation>Luego %1 se elimina, aquí y en todos los dispositivos tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Qué pasa:</translation>
    </message>
    <message>
        <source>You can undo the merge with Ctrl+Z.</source>
        <translation>Puede deshacer la combinación con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>No se pudo combinar</translation>
    </message>
    <message>
        <source>Could not undo or redo the merge</source>
        <translation>No se pudo deshacer ni rehacer la combinación</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NoteModel</name>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Printed on the health report</source>
        <translation>Se imprime en el informe de salud</translation>
    </message>
    <message>
        <source>Only for staff: not on reports</source>
        <translation>Solo para el personal: no va en los informes</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>On report</source>
        <translation>En el informe</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NotesPage</name>
    <message>
        <source>&amp;New note</source>
        <translation>Nue&amp;va nota</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Gu&amp;ardar nota</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>Write a note: behaviour, diet, where the pet was found…</source>
        <translation>Escribir una nota: comportamiento, dieta, dónde se encontró la mascota…</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>¿Eliminar esta nota?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>No se pudo eliminar la nota</translation>
    </message>
    <message>
        <source>Show on health &amp;reports</source>
        <translation>Mostrar en los &amp;informes de salud</translation>
    </message>
    <message>
        <source>The health report goes to the owner. Leave this off for notes meant only for the clinic&apos;s staff.</source>
        <translation>El informe de salud se entrega al dueño. Déjelo desmarcado para notas solo para el personal de la clínica.</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Escrita por %1, %2</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PassphraseDialog</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase de contraseña</translation>
    </message>
    <message>
        <source>Protect your pet records</source>
        <translation>Proteger los registros de mascotas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Unlock Pet Info</source>
        <translation>Desbloquear Pet Info</translation>
    </message>
    <message>
        <source>The records in %1 are protected by a passphrase.</source>
        <translation>Los registros de %1 están protegidos con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is encrypted like your records. To restore it on another computer, give it a passphrase of its own; otherwise it opens only here.</source>
        <translation>La copia de seguridad se cifra igual que los registros. Para poder restaurarla en otro equipo, hay que darle una frase de contraseña propia; si no, solo se podrá abrir en este.</translation>
    </message>
    <message>
        <source>Protect this backup with its own passphrase</source>
        <translation>Proteger esta copia de seguridad con su propia frase de contraseña</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Unlock backup</source>
        <translation>Desbloquear copia de seguridad</translation>
    </message>
    <message>
        <source>The backup %1 has its own passphrase.</source>
        <translation>La copia de seguridad %1 tiene su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>The backup will use this database&apos;s key.</source>
        <translation>La copia de seguridad usará la clave de esta base de datos.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember.</source>
        <translation>Debe tener al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Débil: conviene agregar más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Aceptable.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pet Info keeps your records in an encrypted file. The system keychain cannot hold its key on this computer (there is none, or it stayed locked), so choose a passphrase instead.&lt;/p&gt;&lt;p&gt;You will need it every time you open Pet Info. &lt;b&gt;If you forget it, the records cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pet Info guarda sus registros en un archivo cifrado. El llavero del sistema no puede guardar su clave en este equipo (no hay uno o quedó bloqueado), así que elija una frase de contraseña.&lt;/p&gt;&lt;p&gt;La necesitará cada vez que abra Pet Info. &lt;b&gt;Si la olvida, los registros no se pueden recuperar.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PaymentListModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Contracargo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Pagado a través de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>one-time purchase</source>
        <translation>compra única</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PdfPreview</name>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ace&amp;rcar</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation>Ajustar la página al ancho de la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation>Página c&amp;ompleta</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas completas</translation>
    </message>
    <message>
        <source>The preview cannot be shown: the PDF could not be read.</source>
        <translation>No se puede mostrar la vista previa: no se pudo leer el PDF.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Column of the People list: how many pets a person has.</extracomment>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Pet names</source>
        <extracomment>Column of the People list: the names of a person&apos;s pets.</extracomment>
        <translation>Nombres de las mascotas</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PeoplePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Com&amp;binar con…</translation>
    </message>
    <message>
        <source>Find by name, phone, e-mail or pet</source>
        <translation>Buscar por nombre, teléfono, correo o mascota</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>The selected person was typed in twice? Merge the two records into one</source>
        <translation>¿La persona seleccionada se cargó dos veces? Combine los dos registros en uno</translation>
    </message>
    <message>
        <source>Could not load the people</source>
        <translation>No se pudieron cargar las personas</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with Ctrl+Z.</source>
        <translation>Se combinó %1 con %2. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No people yet. Owners and other contacts are added on a pet&apos;s Contacts tab, and each person is kept once for all their pets.</source>
        <translation>Todavía no hay personas. Los dueños y otros contactos se agregan en la pestaña Contactos de una mascota, y cada persona se guarda una sola vez para todas sus mascotas.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;.</source>
        <translation>Nadie coincide con &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PersonDialog</name>
    <message>
        <source>Agrees to WhatsApp reminders</source>
        <translation>Acepta recordatorios por WhatsApp</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Com&amp;binar con…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>e.g. %1; several separated by commas</source>
        <translation>p. ej., %1; varios separados por comas</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>This person was typed in twice? Merge the two records into one</source>
        <translation>¿Esta persona se cargó dos veces? Combine los dos registros en uno</translation>
    </message>
    <message>
        <source>Save the details (%1)</source>
        <translation>Guardar los datos (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Double-click a pet, or press Enter, to open it.</source>
        <translation>Haga doble clic en una mascota, o presione Intro, para abrirla.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>This person is no longer in Pet Info: they were merged into another record.</source>
        <translation>Esta persona ya no está en Pet Info: se combinó con otro registro.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with an error.</source>
        <translation>No se guardó: corrija los campos marcados con error.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Saved. All pets of %1 show the change.</source>
        <translation>Guardado. Todas las mascotas de %1 muestran el cambio.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening the pet?</source>
        <translation>¿Guardar los cambios de %1 antes de abrir la mascota?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before merging?</source>
        <translation>¿Guardar los cambios de %1 antes de combinar?</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with Ctrl+Z.</source>
        <translation>Se combinó %1 con %2. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Pets (%1)</source>
        <translation>Mascotas (%1)</translation>
    </message>
    <message>
        <source>%1%2 — Pet Info</source>
        <translation>%1%2 — Pet Info</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PersonPetsModel</name>
    <message>
        <source>%1 (primary contact)</source>
        <extracomment>A person&apos;s role for a pet on their page, e.g. &quot;Owner (primary contact)&quot;.</extracomment>
        <translation>%1 (contacto principal)</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PersonPicker</name>
    <message>
        <source>no pets</source>
        <translation>sin mascotas</translation>
    </message>
    <message>
        <source>pets: %1 (%2)</source>
        <extracomment>In the list of people found: how many pets and their names, e.g. &quot;pets: 2 (Luna, Rex)&quot;.</extracomment>
        <translation>mascotas: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the people: %1</source>
        <translation>No se pudieron leer las personas: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetEditorDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>Pes&amp;o</translation>
    </message>
    <message>
        <source>Photos &amp;&amp; &amp;documents</source>
        <translation>&amp;Fotos y documentos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Save the profile and contacts (%1)</source>
        <translation>Guardar el perfil y los contactos (%1)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>%1 done. Undo with Ctrl+Z.</source>
        <translation>%1: hecho. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Could not open the pet</source>
        <translation>No se pudo abrir la mascota</translation>
    </message>
    <message>
        <source>Save the new pet first</source>
        <translation>Primero hay que guardar la nueva mascota</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with an error.</source>
        <translation>No se guardó: hay que corregir los campos marcados con error.</translation>
    </message>
    <message>
        <source>Could not save the pet</source>
        <translation>No se pudo guardar la mascota</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n warning(s).</source>
        <translation>
            <numerusform>Guardado con %n advertencia.</numerusform>
            <numerusform>Guardado con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>the new pet</source>
        <translation>la nueva mascota</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>New pet</source>
        <translation>Nueva mascota</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>%1 — Pet Info</source>
        <translation>%1 — Pet Info</translation>
    </message>
    <message>
        <source>&amp;Found reports</source>
        <translation>Avisos de &amp;hallazgo</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PinPage</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN to manage or leave the kiosk.</source>
        <translation>Ingrese el PIN del personal para administrar o salir del kiosco.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1:%2.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PreferencesDialog</name>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Elegir &amp;logo…</translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation>&amp;Quitar logo</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>None: type every number with its country code</source>
        <translation>Ninguno: escribir cada número con su código de país</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>e.g. Veterinaria San Roque</source>
        <translation>p. ej., Veterinaria San Roque</translation>
    </message>
    <message>
        <source>Street and number
City, province</source>
        <translation>Calle y número
Ciudad, provincia</translation>
    </message>
    <message>
        <source>e.g. https://pets.example.org</source>
        <translation>p. ej., https://pets.example.org</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Clinic or shelter (printed on reports)</source>
        <translation>Clínica o refugio (se imprime en los informes)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>QR tags</source>
        <translation>Placas QR</translation>
    </message>
    <message>
        <source>Public a&amp;ddress:</source>
        <translation>Dirección pú&amp;blica:</translation>
    </message>
    <message>
        <source>Where a scanned tag opens the pet&apos;s page: your sync server&apos;s address on the internet.</source>
        <translation>Dónde abre una placa escaneada la página de la mascota: la dirección de su servidor de sincronización en internet.</translation>
    </message>
    <message>
        <source>Leave empty to use the address the sync server gives: %1</source>
        <translation>Déjelo vacío para usar la dirección que da el servidor de sincronización: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Pet Info.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio de Pet Info.</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>No se puede usar este logo</translation>
    </message>
    <message>
        <source>%1 is not an image Pet Info can read (%2).</source>
        <translation>%1 no es una imagen que Pet Info pueda leer (%2).</translation>
    </message>
    <message>
        <source>The image could not be converted.</source>
        <translation>No se pudo convertir la imagen.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ProfilePage</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>e.g. Zanahoria</source>
        <translation>p. ej., Zanahoria</translation>
    </message>
    <message>
        <source>15 digits, e.g. 982 000 123 456 789</source>
        <translation>15 dígitos, p. ej., 982 000 123 456 789</translation>
    </message>
    <message>
        <source>Optional second chip</source>
        <translation>Segundo chip (opcional)</translation>
    </message>
    <message>
        <source>e.g. brown with a white chest</source>
        <translation>p. ej., marrón con el pecho blanco</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>Espec&amp;ie:</translation>
    </message>
    <message>
        <source>&amp;Breed:</source>
        <translation>&amp;Raza:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>Neu&amp;tered:</source>
        <translation>Castrado/esterili&amp;zado:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Colour, markings:</source>
        <translation>Color &amp;y señas:</translation>
    </message>
    <message>
        <source>&amp;Microchip:</source>
        <translation>&amp;Microchip:</translation>
    </message>
    <message>
        <source>Second micr&amp;ochip:</source>
        <translation>Seg&amp;undo microchip:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>A&amp;lergias:</translation>
    </message>
    <message>
        <source>Con&amp;ditions:</source>
        <translation>&amp;Afecciones:</translation>
    </message>
    <message>
        <source>&amp;General notes:</source>
        <translation>No&amp;tas generales:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PublicPageBox</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>C&amp;hange Address…</source>
        <translation>Cam&amp;biar dirección…</translation>
    </message>
    <message>
        <source>Public adoption page:</source>
        <translation>Página pública de adopción:</translation>
    </message>
    <message>
        <source>Public adoption page address</source>
        <translation>Dirección de la página pública de adopción</translation>
    </message>
    <message>
        <source>Anyone can see your adoptable animals and apply at this address. Share it on your social networks; kennel cards link to each animal&apos;s page on it.</source>
        <translation>Cualquiera puede ver sus animales en adopción y postularse en esta dirección. Compártala en sus redes sociales; las fichas de canil llevan a la página de cada animal en ella.</translation>
    </message>
    <message>
        <source>Copy the address to paste it into a message or a post</source>
        <translation>Copiar la dirección para pegarla en un mensaje o una publicación</translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation>Abrir la página en su navegador</translation>
    </message>
    <message>
        <source>Choose the last part of the address (admins only)</source>
        <translation>Elegir la última parte de la dirección (solo administradores)</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>No se puede abrir la página</translation>
    </message>
    <message>
        <source>No web browser opened %1. Copy the address and open it by hand.</source>
        <translation>Ningún navegador abrió %1. Copie la dirección y ábrala a mano.</translation>
    </message>
    <message>
        <source>Asking the server for the public page&apos;s address…</source>
        <translation>Pidiendo al servidor la dirección de la página pública…</translation>
    </message>
    <message>
        <source>The address of the public adoption page could not be read. %1</source>
        <translation>No se pudo leer la dirección de la página pública de adopción. %1</translation>
    </message>
    <message>
        <source>Your organisation has no public adoption page address yet.</source>
        <translation>Su organización aún no tiene dirección para la página pública de adopción.</translation>
    </message>
    <message>
        <source>Your organisation has no public adoption page address yet: an admin can choose one.</source>
        <translation>Su organización aún no tiene dirección para la página pública de adopción: un administrador puede elegir una.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s public address in Preferences to see the page&apos;s link.</source>
        <translation>Escriba la dirección pública del servidor en Preferencias para ver el enlace de la página.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PublicSlugDialog</name>
    <message>
        <source>Public Adoption Page Address</source>
        <translation>Dirección de la página pública de adopción</translation>
    </message>
    <message>
        <source>3 to 40 lower-case letters, digits and dashes, e.g. the shelter&apos;s name. The old address stops working at once: update the links you shared. Codes on kennel cards keep working.</source>
        <translation>De 3 a 40 letras minúsculas, dígitos y guiones, por ejemplo el nombre del refugio. La dirección anterior deja de funcionar en el acto: actualice los enlaces que compartió. Los códigos de las fichas de canil siguen funcionando.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Another organisation has this address. Choose another one.</source>
        <translation>Otra organización tiene esta dirección. Elija otra.</translation>
    </message>
    <message>
        <source>The server does not allow this address (some words are reserved). Choose another one.</source>
        <translation>El servidor no permite esta dirección (algunas palabras están reservadas). Elija otra.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can change the address.</source>
        <translation>Solo un administrador de su organización puede cambiar la dirección.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderActions</name>
    <message>
        <source>WhatsApp &amp;Reminders…</source>
        <translation>&amp;Recordatorios de WhatsApp…</translation>
    </message>
    <message>
        <source>Reminder &amp;Settings…</source>
        <translation>&amp;Configuración de recordatorios…</translation>
    </message>
    <message>
        <source>Pending, sent, failed and uncertain WhatsApp messages (Ctrl+Shift+R)</source>
        <translation>Mensajes de WhatsApp pendientes, enviados, fallidos e inciertos (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>When and how the organisation reminds owners on WhatsApp</source>
        <translation>Cuándo y cómo la organización recuerda a los dueños por WhatsApp</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Recor&amp;datorios</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp &amp;Message…</source>
        <translation>Programar un &amp;mensaje de WhatsApp…</translation>
    </message>
    <message>
        <source>Send the selected pet&apos;s owner a WhatsApp message at a date and time (Ctrl+Shift+W)</source>
        <translation>Enviar un mensaje de WhatsApp al dueño de la mascota seleccionada en una fecha y hora (Ctrl+Mayús+W)</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp Message</source>
        <translation>Programar un mensaje de WhatsApp</translation>
    </message>
    <message>
        <source>Select a pet first: the message goes to one of its owners.</source>
        <translation>Primero seleccione una mascota: el mensaje va a uno de sus dueños.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderListModel</name>
    <message>
        <source>WhatsApp number check</source>
        <translation>Verificación del número de WhatsApp</translation>
    </message>
    <message>
        <source>Found pet alert</source>
        <translation>Alerta de mascota encontrada</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Registro de salud</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>to be sent %1</source>
        <translation>a enviar el %1</translation>
    </message>
    <message>
        <source>%1
WhatsApp said: %2</source>
        <translation>%1
WhatsApp respondió: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderSettingsDialog</name>
    <message>
        <source>Spanish (es)</source>
        <translation>Español (es)</translation>
    </message>
    <message>
        <source>Portuguese, Brazil (pt-BR)</source>
        <translation>Portugués de Brasil (pt-BR)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Inglés (en)</translation>
    </message>
    <message>
        <source>Give at most 4 day counts from 0 to 365, such as &quot;14, 1&quot;.</source>
        <translation>Indique hasta 4 cantidades de días entre 0 y 365, como &quot;14, 1&quot;.</translation>
    </message>
    <message>
        <source>The overdue reminder goes 1 to 90 days after the due date.</source>
        <translation>El recordatorio de vencido se envía entre 1 y 90 días después del vencimiento.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as America/Argentina/Buenos_Aires.</source>
        <translation>Elija una zona horaria de la lista, como America/Argentina/Buenos_Aires.</translation>
    </message>
    <message>
        <source>The window must start before it ends, on at least one day.</source>
        <translation>La franja debe empezar antes de terminar, en al menos un día.</translation>
    </message>
    <message>
        <source>Template names use a-z, 0-9 and _; the default language needs one.</source>
        <translation>Los nombres de plantilla usan a-z, 0-9 y _; el idioma predeterminado necesita uno.</translation>
    </message>
    <message>
        <source>Choose the kinds of record to remind of.</source>
        <translation>Elija los tipos de registro que se recuerdan.</translation>
    </message>
    <message>
        <source>The server did not accept this setting.</source>
        <translation>El servidor no aceptó esta configuración.</translation>
    </message>
    <message>
        <source>Send WhatsApp &amp;reminders to owners who opted in</source>
        <translation>Enviar &amp;recordatorios por WhatsApp a los dueños que aceptaron</translation>
    </message>
    <message>
        <source>One more &amp;when overdue, after</source>
        <translation>Uno más &amp;al vencer, después de</translation>
    </message>
    <message>
        <source>WhatsApp Reminder Settings</source>
        <translation>Configuración de recordatorios de WhatsApp</translation>
    </message>
    <message>
        <source>e.g. 14, 1</source>
        <translation>p. ej., 14, 1</translation>
    </message>
    <message>
        <source>One reminder this many days before each due date; separate several with commas</source>
        <translation>Un recordatorio esta cantidad de días antes de cada vencimiento; separe varios con comas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Due soon template</source>
        <translation>Plantilla de próximo a vencer</translation>
    </message>
    <message>
        <source>Overdue template</source>
        <translation>Plantilla de vencido</translation>
    </message>
    <message>
        <source>WhatsApp code</source>
        <translation>Código de WhatsApp</translation>
    </message>
    <message>
        <source>The names of the message templates WhatsApp approved for the organisation. Each takes the pet&apos;s name, the product and the due date. Leave a language empty to write to its speakers in the default language.</source>
        <translation>Los nombres de las plantillas de mensaje que WhatsApp aprobó para la organización. Cada una recibe el nombre de la mascota, el producto y la fecha de vencimiento. Deje un idioma vacío para escribir a sus hablantes en el idioma predeterminado.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Remind of:</source>
        <translation>Recordar:</translation>
    </message>
    <message>
        <source>&amp;Days before due:</source>
        <translation>&amp;Días antes del vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Send &amp;between:</source>
        <translation>Enviar &amp;entre:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Idioma predeterminado:</translation>
    </message>
    <message>
        <source>Tem&amp;plates:</source>
        <translation>&amp;Plantillas:</translation>
    </message>
    <message>
        <source>Could not read the reminder settings: %1</source>
        <translation>No se pudo leer la configuración de recordatorios: %1</translation>
    </message>
    <message>
        <source>WhatsApp is off on the server, so nothing is sent: the server has no WhatsApp Business configuration (missing: %1). Reminders are still planned and wait. Ask whoever runs the server to set it up.</source>
        <translation>WhatsApp está desactivado en el servidor, así que no se envía nada: el servidor no tiene configuración de WhatsApp Business (falta: %1). Los recordatorios se siguen planificando y esperan. Pida a quien administra el servidor que lo configure.</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Solo los administradores pueden cambiar esta configuración.</translation>
    </message>
    <message>
        <source>Give 1 to 4 day counts from 0 to 365, such as &quot;14, 1&quot;.</source>
        <translation>Indique de 1 a 4 cantidades de días entre 0 y 365, como &quot;14, 1&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to remind of.</source>
        <translation>Elija al menos un tipo de registro para recordar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; choose one from the list.</source>
        <translation>&quot;%1&quot; no es una zona horaria que este equipo conozca; elija una de la lista.</translation>
    </message>
    <message>
        <source>The window must start before it ends.</source>
        <translation>La franja debe empezar antes de terminar.</translation>
    </message>
    <message>
        <source>Choose at least one day to send on.</source>
        <translation>Elija al menos un día de envío.</translation>
    </message>
    <message>
        <source>Template names use only a-z, 0-9 and _ (%1).</source>
        <translation>Los nombres de plantilla solo usan a-z, 0-9 y _ (%1).</translation>
    </message>
    <message>
        <source>The WhatsApp code of %1 must look like es or pt_BR.</source>
        <translation>El código de WhatsApp de %1 debe ser como es o pt_BR.</translation>
    </message>
    <message>
        <source>Give the template names of the default language (%1).</source>
        <translation>Indique los nombres de plantilla del idioma predeterminado (%1).</translation>
    </message>
    <message>
        <source>Could not save the reminder settings</source>
        <translation>No se pudo guardar la configuración de recordatorios</translation>
    </message>
</context>
<context>
    <name>petinfo::client::RemindersWindow</name>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) first.</source>
        <translation>Esta base de datos no inició sesión en un servidor. Primero inicie sesión (menú Sincronización).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>No se puede conectar con el servidor. Revise la conexión e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer&apos;s sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta la sesión de este equipo. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>The server does not know this message. Sync and try again.</source>
        <translation>El servidor no conoce este mensaje. Sincronice e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server could not do it just now. Try again in a moment.</source>
        <translation>El servidor no pudo hacerlo ahora. Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Cancel Message…</source>
        <translation>&amp;Cancelar mensaje…</translation>
    </message>
    <message>
        <source>WhatsApp Reminders</source>
        <translation>Recordatorios de WhatsApp</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Pet, owner, product or reason</source>
        <translation>Mascota, dueño, producto o motivo</translation>
    </message>
    <message>
        <source>Send a failed or uncertain message again (Ctrl+Enter)</source>
        <translation>Reenviar un mensaje fallido o incierto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel a reminder or message that has not gone out yet</source>
        <translation>Cancelar un recordatorio o mensaje que todavía no salió</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Could not read the reminders: %1</source>
        <translation>No se pudieron leer los recordatorios: %1</translation>
    </message>
    <message>
        <source>No WhatsApp reminders yet. They appear here once the server plans them and this computer syncs.</source>
        <translation>Todavía no hay recordatorios de WhatsApp. Aparecen aquí cuando el servidor los planifica y este equipo sincroniza.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and planned reminder(s).</source>
        <translation>
            <numerusform>%n mensaje o recordatorio planificado.</numerusform>
            <numerusform>%n mensajes y recordatorios planificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown.</source>
        <translation>
            <numerusform>%1 de %n mostrado.</numerusform>
            <numerusform>%1 de %n mostrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>The server stopped while sending this message to %1, so it may have arrived. Send it again? If it did arrive, they get it twice.</source>
        <translation>El servidor se detuvo mientras enviaba este mensaje a %1, así que puede que haya llegado. ¿Reenviarlo? Si llegó, lo recibirán dos veces.</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>el dueño</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Could not send the message again</source>
        <translation>No se pudo reenviar el mensaje</translation>
    </message>
    <message>
        <source>Queued to be sent again; the new state shows after the next sync.</source>
        <translation>En cola para reenviar; el nuevo estado se verá tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Cancelar recordatorio</translation>
    </message>
    <message>
        <source>Cancel the planned reminder about %1? It will not be sent.</source>
        <translation>¿Cancelar el recordatorio planificado sobre %1? No se enviará.</translation>
    </message>
    <message>
        <source>Cancel the message about %1? It will not be sent.</source>
        <translation>¿Cancelar el mensaje sobre %1? No se enviará.</translation>
    </message>
    <message>
        <source>Cancel Reminder</source>
        <translation>Cancelar recordatorio</translation>
    </message>
    <message>
        <source>Could not cancel</source>
        <translation>No se pudo cancelar</translation>
    </message>
    <message>
        <source>Cancelled; the list shows it after the next sync.</source>
        <translation>Cancelado; la lista lo mostrará tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>This message can no longer be sent again: it went out or was cancelled meanwhile.</source>
        <translation>Este mensaje ya no se puede reenviar: salió o se canceló mientras tanto.</translation>
    </message>
    <message>
        <source>This can no longer be cancelled: it went out meanwhile.</source>
        <translation>Esto ya no se puede cancelar: salió mientras tanto.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportActions</name>
    <message>
        <source>&amp;Health Report…</source>
        <translation>&amp;Informe de salud…</translation>
    </message>
    <message>
        <source>Print QR &amp;Tags…</source>
        <translation>Imprimir &amp;placas QR…</translation>
    </message>
    <message>
        <source>&amp;Batch Health Reports…</source>
        <translation>Informes de salud en &amp;lote…</translation>
    </message>
    <message>
        <source>Open Pet from &amp;QR Image…</source>
        <translation>Abrir mascota desde imagen &amp;QR…</translation>
    </message>
    <message>
        <source>Scan Tag with &amp;Camera…</source>
        <translation>Escanear placa con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Print QR tags for the selected pets, or blank tags (Ctrl+T)</source>
        <translation>Imprimir placas QR para las mascotas seleccionadas, o placas en blanco (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the health reports of all selected pets in one PDF</source>
        <translation>Guardar los informes de salud de todas las mascotas seleccionadas en un PDF</translation>
    </message>
    <message>
        <source>Find the pet of a QR tag in a photo or scan</source>
        <translation>Encontrar la mascota de una placa QR en una foto o escaneo</translation>
    </message>
    <message>
        <source>Scan Tag with Camera (Not Available in This Version)</source>
        <translation>Escanear placa con la cámara (no disponible en esta versión)</translation>
    </message>
    <message>
        <source>&amp;Tags &amp;&amp; Reports</source>
        <translation>&amp;Placas e informes</translation>
    </message>
    <message>
        <source>Scan Tag with Camera (No Camera Found)</source>
        <translation>Escanear placa con la cámara (no se encontró cámara)</translation>
    </message>
    <message>
        <source>the selected pet</source>
        <translation>la mascota seleccionada</translation>
    </message>
    <message>
        <source>Health Report</source>
        <translation>Informe de salud</translation>
    </message>
    <message>
        <source>Select a pet in the list first.</source>
        <translation>Primero seleccione una mascota en la lista.</translation>
    </message>
    <message>
        <source>Could not read the pet&apos;s records</source>
        <translation>No se pudieron leer los registros de la mascota</translation>
    </message>
    <message>
        <source>Batch Health Reports</source>
        <translation>Informes de salud en lote</translation>
    </message>
    <message>
        <source>Select the pets in the list first (Ctrl+click or Shift+click selects several).</source>
        <translation>Primero seleccione las mascotas en la lista (Ctrl+clic o Mayús+clic selecciona varias).</translation>
    </message>
    <message>
        <source>Save Health Reports as PDF</source>
        <translation>Guardar informes de salud como PDF</translation>
    </message>
    <message>
        <source>health reports.pdf</source>
        <translation>informes de salud.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n health report(s)…</source>
        <translation>
            <numerusform>Escribiendo %n informe de salud…</numerusform>
            <numerusform>Escribiendo %n informes de salud…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reports were saved.</source>
        <translation>Cancelado: no se guardó ningún informe.</translation>
    </message>
    <message>
        <source>Could not save the reports</source>
        <translation>No se pudieron guardar los informes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n health report(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n informe de salud en %1.</numerusform>
            <numerusform>Se guardaron %n informes de salud en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Pet from QR Image</source>
        <translation>Abrir mascota desde imagen QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>Buscando un código QR…</translation>
    </message>
    <message>
        <source>No QR code found</source>
        <translation>No se encontró ningún código QR</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Use a sharp photo with the whole tag in view, or a scan of the printed sheet.</source>
        <translation>No se encontró ningún código QR en %1. Use una foto nítida con toda la placa a la vista, o un escaneo de la hoja impresa.</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>No se puede leer la imagen</translation>
    </message>
    <message>
        <source>%1 is not an image Pet Info can read, or it is damaged.</source>
        <translation>%1 no es una imagen que Pet Info pueda leer, o está dañada.</translation>
    </message>
    <message>
        <source>Not a Pet Info tag</source>
        <translation>No es una placa de Pet Info</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a Pet Info tag. It says: %2</source>
        <translation>El código QR de %1 no es una placa de Pet Info. Dice: %2</translation>
    </message>
    <message>
        <source>Could not look up the tag</source>
        <translation>No se pudo buscar la placa</translation>
    </message>
    <message>
        <source>Unknown tag</source>
        <translation>Placa desconocida</translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet in your records. To give it to a pet, select the pet in the list and scan the tag again.</source>
        <translation>La placa %1 no pertenece a ninguna mascota de sus registros. Para asignarla a una mascota, selecciónela en la lista y vuelva a escanear la placa.</translation>
    </message>
    <message>
        <source>Give Tag to Pet</source>
        <translation>Asignar placa a la mascota</translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet yet. Give it to %2?

A tag %2 had before stops opening %2&apos;s page.</source>
        <translation>La placa %1 todavía no pertenece a ninguna mascota. ¿Asignarla a %2?

La placa que %2 tenía antes deja de abrir la página de %2.</translation>
    </message>
    <message>
        <source>Give Tag</source>
        <translation>Asignar placa</translation>
    </message>
    <message>
        <source>Could not give the tag</source>
        <translation>No se pudo asignar la placa</translation>
    </message>
    <message>
        <source>Tag %1 now belongs to %2.</source>
        <translation>La placa %1 ahora pertenece a %2.</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Connect one, or open a photo of the tag with Open Pet from QR Image.</source>
        <translation>No se encontró ninguna cámara en este equipo. Conecte una, o abra una foto de la placa con Abrir mascota desde imagen QR.</translation>
    </message>
    <message>
        <source>This version of Pet Info was built without camera support. Open a photo of the tag with Open Pet from QR Image instead.</source>
        <translation>Esta versión de Pet Info se compiló sin soporte de cámara. Abra una foto de la placa con Abrir mascota desde imagen QR.</translation>
    </message>
    <message>
        <source>Preview, save or print the selected pet&apos;s health report; with several pets selected, save all their reports in one PDF (Ctrl+R)</source>
        <translation>Ver, guardar o imprimir el informe de salud de la mascota seleccionada; con varias seleccionadas, guardar todos sus informes en un PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>Unknown animal</source>
        <translation>Animal desconocido</translation>
    </message>
    <message>
        <source>This adoption kennel card is for an animal that is not in your records (it may belong to another organisation, or was deleted).</source>
        <translation>Esta ficha de canil de adopción es de un animal que no está en sus registros (puede ser de otra organización, o fue eliminado).</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Health Report: %1</source>
        <translation>Informe de salud: %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Guardar el informe como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimir el informe (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>The report could not be made. %1</source>
        <translation>No se pudo generar el informe. %1</translation>
    </message>
    <message>
        <source>%1 health report.pdf</source>
        <translation>informe de salud de %1.pdf</translation>
    </message>
    <message>
        <source>Save Health Report as PDF</source>
        <translation>Guardar informe de salud como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Print Health Report</source>
        <translation>Imprimir informe de salud</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <source>Could not print the report</source>
        <translation>No se pudo imprimir el informe</translation>
    </message>
    <message>
        <source>%1 health report</source>
        <translation>Informe de salud de %1</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>Guardado en %1. &lt;a href=&quot;%2&quot;&gt;Abrir carpeta&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ScanDialog</name>
    <message>
        <source>Hold the tag&apos;s QR code in front of the camera, about a hand&apos;s width away. The pet opens as soon as the code is read.</source>
        <translation>Sostenga el código QR de la placa frente a la cámara, a un palmo de distancia. La mascota se abre apenas se lee el código.</translation>
    </message>
    <message>
        <source>Scan a Tag with the Camera</source>
        <translation>Escanear una placa con la cámara</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Use a &amp;Photo Instead…</source>
        <translation>Usar una &amp;foto…</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>Connect a camera and open this window again, or use a photo of the tag.</source>
        <translation>Conecte una cámara y vuelva a abrir esta ventana, o use una foto de la placa.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>No se puede usar la cámara: %1</translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>Buscando un código QR…</translation>
    </message>
    <message>
        <source>Found tag %1.</source>
        <translation>Se encontró la placa %1.</translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag: %1</source>
        <translation>Este código QR no es una placa de Pet Info: %1</translation>
    </message>
    <message>
        <source>Found an adoption kennel card.</source>
        <translation>Se encontró una ficha de canil de adopción.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ScheduleMessageDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>e.g. Remember to bring the vaccination booklet to tomorrow&apos;s visit.</source>
        <translation>p. ej. Recuerde traer la libreta de vacunación a la consulta de mañana.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Date and time in the organisation&apos;s time zone.</source>
        <translation>Fecha y hora en la zona horaria de la organización.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp Message</source>
        <translation>Programar un mensaje de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp message about %1, sent by the server at the time you choose (as the organisation&apos;s approved message template). It can be cancelled in the Reminders window until then.</source>
        <translation>Mensaje de WhatsApp sobre %1, que el servidor envía a la hora que elija (como la plantilla de mensaje aprobada de la organización). Se puede cancelar en la ventana Recordatorios hasta entonces.</translation>
    </message>
    <message>
        <source>The pet could not be read.</source>
        <translation>No se pudo leer la mascota.</translation>
    </message>
    <message>
        <source>The pet has no owner or fosterer to write to.</source>
        <translation>La mascota no tiene dueño ni hogar de tránsito a quien escribir.</translation>
    </message>
    <message>
        <source>Whether this person can be reached could not be read.</source>
        <translation>No se pudo saber si se puede contactar a esta persona.</translation>
    </message>
    <message>
        <source>No mobile number in international form: WhatsApp cannot reach them.</source>
        <translation>No hay un número de celular en formato internacional: WhatsApp no puede contactarla.</translation>
    </message>
    <message>
        <source>%1 is not verified: verify it on the person&apos;s page first.</source>
        <translation>%1 no está verificado: primero verifíquelo en la página de la persona.</translation>
    </message>
    <message>
        <source>Opted out of WhatsApp messages.</source>
        <translation>Pidió no recibir mensajes de WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp %1, verified.</source>
        <translation>WhatsApp %1, verificado.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>(the message)</source>
        <translation>(el mensaje)</translation>
    </message>
    <message>
        <source>%1, %2 at %3 — about %4:
%5</source>
        <translation>%1, %2 a las %3 — sobre %4:
%5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to send WhatsApp messages.</source>
        <translation>Esta base de datos no inició sesión en un servidor. Inicie sesión (menú Sincronización) para enviar mensajes de WhatsApp.</translation>
    </message>
    <message>
        <source>The server cannot be reached: scheduling needs a connection. Try again when online.</source>
        <translation>No se puede contactar al servidor: programar requiere conexión. Vuelva a intentarlo cuando esté en línea.</translation>
    </message>
    <message>
        <source>Choose a date and time still to come, at most a year ahead.</source>
        <translation>Elija una fecha y hora futuras, como máximo dentro de un año.</translation>
    </message>
    <message>
        <source>Write the message (at most %1 characters).</source>
        <translation>Escriba el mensaje (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Choose whom to send it to.</source>
        <translation>Elija a quién enviarlo.</translation>
    </message>
    <message>
        <source>WhatsApp notifications are off on the server: nothing can be sent. Ask the server&apos;s administrator to configure WhatsApp.</source>
        <translation>Las notificaciones de WhatsApp están desactivadas en el servidor: no se puede enviar nada. Pida al administrador del servidor que configure WhatsApp.</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan does not include WhatsApp messages. An admin can change the plan.</source>
        <translation>El plan de la organización no incluye mensajes de WhatsApp. Un administrador puede cambiar el plan.</translation>
    </message>
    <message>
        <source>This person has not verified their WhatsApp number (or opted out). Verify it on their page.</source>
        <translation>Esta persona no verificó su número de WhatsApp (o pidió no recibir mensajes). Verifíquelo en su página.</translation>
    </message>
    <message>
        <source>This person is no longer an owner of the pet on the server. Sync and try again.</source>
        <translation>Esta persona ya no es dueña de la mascota en el servidor. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The pet is deceased or adopted out: nothing is sent about it.</source>
        <translation>La mascota falleció o fue dada en adopción: no se envía nada sobre ella.</translation>
    </message>
    <message>
        <source>This pet is not on the server yet. Sync, then try again.</source>
        <translation>Esta mascota todavía no está en el servidor. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>The server could not schedule it: %1</source>
        <translation>El servidor no pudo programarlo: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SignInDialog</name>
    <message>
        <source>The server cannot be reached. Check the address and the network. (%1)</source>
        <translation>No se puede conectar con el servidor. Revise la dirección y la red. (%1)</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in: enter the 6-digit code from your authenticator app.</source>
        <translation>Esta cuenta usa verificación en dos pasos: ingrese el código de 6 dígitos de su app de autenticación.</translation>
    </message>
    <message>
        <source>That code is wrong, expired or already used. Wait for the next one.</source>
        <translation>Ese código es incorrecto, venció o ya se usó. Espere el siguiente.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos. Espere un minuto e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta esta sesión. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>An account with this e-mail already exists: sign in instead.</source>
        <translation>Ya existe una cuenta con este correo: inicie sesión.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later. (%1)</source>
        <translation>El servidor tuvo un problema. Intente más tarde. (%1)</translation>
    </message>
    <message>
        <source>This address does not answer like a Pet Info server. (%1)</source>
        <translation>Esta dirección no responde como un servidor de Pet Info. (%1)</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Código de verificación:</translation>
    </message>
    <message>
        <source>Create a &amp;new organisation on this server</source>
        <translation>Crear una &amp;nueva organización en este servidor</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <source>Sign In to Sync</source>
        <translation>Iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>Sync keeps this computer&apos;s records and your other devices&apos; the same. Records already on this computer are added to your organisation&apos;s, never replaced.</source>
        <translation>La sincronización mantiene iguales los registros de este equipo y los de sus otros dispositivos. Los registros que ya están en este equipo se suman a los de su organización; nunca se reemplazan.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>6 digits, if your account uses them</source>
        <translation>6 dígitos, si su cuenta los usa</translation>
    </message>
    <message>
        <source>Veterinary clinic</source>
        <translation>Clínica veterinaria</translation>
    </message>
    <message>
        <source>Animal shelter</source>
        <translation>Refugio de animales</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation name:</source>
        <translation>Nombre de la or&amp;ganización:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation>&amp;Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>al menos 10 caracteres</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.org.</source>
        <translation>Ingrese la dirección del servidor, por ejemplo https://sync.example.org.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Ingrese su correo electrónico.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters.</source>
        <translation>Elija una contraseña de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Ingrese su nombre y el de la organización.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>You belong to several organisations: choose the one this computer works for.</source>
        <translation>Usted pertenece a varias organizaciones: elija aquella para la que trabaja este equipo.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign here with your finger or the mouse</source>
        <translation>Firme aquí con el dedo o el mouse</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SlideshowPage</name>
    <message>
        <source>Touch the screen to see all the animals looking for a home</source>
        <translation>Toque la pantalla para ver todos los animales que buscan un hogar</translation>
    </message>
</context>
<context>
    <name>petinfo::client::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Back to the Gallery</source>
        <translation>Volver a la galería</translation>
    </message>
    <message>
        <source>Leave the Kiosk</source>
        <translation>Salir del kiosco</translation>
    </message>
    <message>
        <source>Every application has been sent.</source>
        <translation>Se enviaron todas las solicitudes.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to send</source>
        <translation>
            <numerusform>%n solicitud esperando para enviarse</numerusform>
            <numerusform>%n solicitudes esperando para enviarse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::StatusChangeDialog</name>
    <message>
        <source>&amp;Change Status</source>
        <translation>&amp;Cambiar estado</translation>
    </message>
    <message>
        <source>Change Adoption Status</source>
        <translation>Cambiar estado de adopción</translation>
    </message>
    <message>
        <source>Not in the adoption workflow yet</source>
        <translation>Todavía no está en el proceso de adopción</translation>
    </message>
    <message>
        <source>No status change is possible from here.</source>
        <translation>No es posible cambiar el estado desde aquí.</translation>
    </message>
    <message>
        <source>Why, for the history (optional)</source>
        <translation>Motivo, para el historial (opcional)</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Enter the day of the change.</source>
        <translation>Ingrese el día del cambio.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SyncController</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in: records stay on this computer</source>
        <translation>Sin sesión iniciada: los registros quedan en este equipo</translation>
    </message>
    <message>
        <source>Signed in; not synced yet</source>
        <translation>Sesión iniciada; aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizado hace %n minuto</numerusform>
            <numerusform>Sincronizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: next try in %1</source>
        <translation>Sin conexión: próximo intento en %1</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Inicie sesión de nuevo para sincronizar</translation>
    </message>
    <message>
        <source>Sync failed: retrying in %1</source>
        <translation>Falló la sincronización: reintento en %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n cambio pendiente</numerusform>
            <numerusform> · %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>Enviar y recibir cambios ahora (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Conflict Log…</source>
        <translation>Registro de con&amp;flictos…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Iniciar sesión de &amp;nuevo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Everything you enter is saved on this computer and will be sent when %1 can be reached again.</source>
        <translation>&lt;b&gt;Sin conexión.&lt;/b&gt; Todo lo que ingrese se guarda en este equipo y se enviará cuando %1 vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server no longer accepts this computer.&lt;/b&gt; Your records are safe here; sign in again to keep syncing.</source>
        <translation>&lt;b&gt;El servidor ya no acepta este equipo.&lt;/b&gt; Sus registros están a salvo aquí; inicie sesión de nuevo para seguir sincronizando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync failed.&lt;/b&gt; Your records are safe on this computer; Pet Info keeps trying. (%1)</source>
        <translation>&lt;b&gt;Falló la sincronización.&lt;/b&gt; Sus registros están a salvo en este equipo; Pet Info sigue intentándolo. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of %1 on this computer? Syncing stops and the server forgets this computer&apos;s access.</source>
        <translation>¿Cerrar la sesión de %1 en este equipo? La sincronización se detiene y el servidor revoca el acceso de este equipo.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Also remove the records from this computer? They stay on the server for %1, and signing in again brings them back.</source>
        <translation>¿Quitar también los registros de este equipo? Siguen en el servidor para %1 y vuelven al iniciar sesión de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no llegó al servidor y se perdería.</numerusform>
            <numerusform>%n cambios hechos aquí aún no llegaron al servidor y se perderían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the local copy?</source>
        <translation>¿Quitar la copia local?</translation>
    </message>
    <message>
        <source>Remove from This Computer</source>
        <translation>Quitar de este equipo</translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>No se pudo cerrar la sesión</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n pet tag(s) not active yet.&lt;/b&gt; The pets are saved and synced, but the organisation has used its tag claims: their tags work as soon as more are bought.</source>
        <translation>
            <numerusform>&lt;b&gt;%n placa todavía no está activa.&lt;/b&gt; Las mascotas están guardadas y sincronizadas, pero la organización usó sus activaciones de placas: las placas funcionan en cuanto se compren más.</numerusform>
            <numerusform>&lt;b&gt;%n placas todavía no están activas.&lt;/b&gt; Las mascotas están guardadas y sincronizadas, pero la organización usó sus activaciones de placas: las placas funcionan en cuanto se compren más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan and &amp;Billing…</source>
        <translation>&amp;Plan y facturación…</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TableColumns</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <source>Show the first columns in their first places, each as wide as its content</source>
        <translation>Mostrar las columnas originales en su lugar original, cada una tan ancha como su contenido</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TagPrintDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;New blank tags:</source>
        <translation>Placas en &amp;blanco nuevas:</translation>
    </message>
    <message>
        <source>Print QR Tags</source>
        <translation>Imprimir placas QR</translation>
    </message>
    <message numerus="yes">
        <source>For the %n selected pet(s)</source>
        <translation>
            <numerusform>Para la mascota seleccionada</numerusform>
            <numerusform>Para las %n mascotas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of blank tags</source>
        <translation>Cantidad de placas en blanco</translation>
    </message>
    <message>
        <source>Labels already peeled off the first sheet: printing starts after them.</source>
        <translation>Etiquetas ya despegadas de la primera hoja: la impresión empieza después de ellas.</translation>
    </message>
    <message>
        <source>Moves everything printed to the right (negative: to the left).</source>
        <translation>Mueve todo lo impreso hacia la derecha (negativo: hacia la izquierda).</translation>
    </message>
    <message>
        <source>Moves everything printed down (negative: up).</source>
        <translation>Mueve todo lo impreso hacia abajo (negativo: hacia arriba).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>Blank tags are stored when you save or print them, so each printed tag can later be given to a pet by scanning it.</source>
        <translation>Las placas en blanco se registran al guardarlas o imprimirlas, para que cada placa impresa se pueda asignar después a una mascota escaneándola.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Tag or label sheet:</source>
        <translation>Hoja de &amp;placas o etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Labels already used:</source>
        <translation>&amp;Etiquetas ya usadas:</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Desplazamiento de la impresora</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Derecha:</translation>
    </message>
    <message>
        <source>&amp;Down:</source>
        <translation>&amp;Abajo:</translation>
    </message>
    <message>
        <source>If a test sheet prints off the labels, measure by how much and enter it here. Remembered for next time.</source>
        <translation>Si una hoja de prueba sale corrida respecto de las etiquetas, mida cuánto e ingréselo aquí. Se recuerda para la próxima vez.</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>Página pública</translation>
    </message>
    <message>
        <source>Each QR code opens this address followed by /t/ and the tag id: the pet&apos;s public page on your Pet Info server.</source>
        <translation>Cada código QR abre esta dirección seguida de /t/ y el id de la placa: la página pública de la mascota en su servidor de Pet Info.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the tags as a PDF file (Ctrl+S)</source>
        <translation>Guardar las placas como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the tags (Ctrl+P)</source>
        <translation>Imprimir las placas (Ctrl+P)</translation>
    </message>
    <message>
        <source>This is not a valid web address (https://…).</source>
        <translation>No es una dirección web válida (https://…).</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n placa</numerusform>
            <numerusform>%n placas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected pet(s) without a tag left out.</source>
        <translation>
            <numerusform>Se dejó afuera %n mascota seleccionada sin placa.</numerusform>
            <numerusform>Se dejaron afuera %n mascotas seleccionadas sin placa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n page(s).</source>
        <translation>
            <numerusform>La vista previa muestra la primera página.</numerusform>
            <numerusform>La vista previa muestra las primeras %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the public address of your Pet Info server to see the tags.</source>
        <translation>Ingrese la dirección pública de su servidor de Pet Info para ver las placas.</translation>
    </message>
    <message>
        <source>There are no tags to print.</source>
        <translation>No hay placas para imprimir.</translation>
    </message>
    <message>
        <source>Drawing the tags…</source>
        <translation>Dibujando las placas…</translation>
    </message>
    <message>
        <source>The tags could not be drawn. %1</source>
        <translation>No se pudieron dibujar las placas. %1</translation>
    </message>
    <message>
        <source>Cannot print the tags</source>
        <translation>No se pueden imprimir las placas</translation>
    </message>
    <message>
        <source>Could not create the blank tags</source>
        <translation>No se pudieron crear las placas en blanco</translation>
    </message>
    <message>
        <source>blank tags.pdf</source>
        <translation>placas en blanco.pdf</translation>
    </message>
    <message>
        <source>pet tags.pdf</source>
        <translation>placas de mascotas.pdf</translation>
    </message>
    <message>
        <source>Save Tags as PDF</source>
        <translation>Guardar placas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the tags…</source>
        <translation>Guardando las placas…</translation>
    </message>
    <message>
        <source>Could not save the tags</source>
        <translation>No se pudieron guardar las placas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Printing the tags…</source>
        <translation>Imprimiendo las placas…</translation>
    </message>
    <message>
        <source>Could not print the tags</source>
        <translation>No se pudieron imprimir las placas</translation>
    </message>
    <message>
        <source>For selected pets (none selected)</source>
        <translation>Para las mascotas seleccionadas (ninguna seleccionada)</translation>
    </message>
    <message>
        <source>QR tags</source>
        <translation>Placas QR</translation>
    </message>
    <message>
        <source>Enter the public address of your Pet Info server (also in Preferences).</source>
        <translation>Ingrese la dirección pública de su servidor de Pet Info (también en Preferencias).</translation>
    </message>
    <message>
        <source>This is this computer or a private network: a finder&apos;s phone cannot open it.</source>
        <translation>Es este equipo o una red privada: el teléfono de quien encuentre la mascota no puede abrirla.</translation>
    </message>
    <message>
        <source>No server answers at %1, so a scanned tag would open nothing. Check the address (Edit &gt; Preferences) and the network, then try again.

%2</source>
        <translation>Ningún servidor responde en %1, así que una placa escaneada no abriría nada. Revise la dirección (Editar &gt; Preferencias) y la red, e intente de nuevo.

%2</translation>
    </message>
    <message>
        <source>Link adoptable animals to their &amp;adoption page</source>
        <translation>Enlazar los animales en adopción con su página de &amp;adopción</translation>
    </message>
    <message>
        <source>On kennel cards only. The card says &quot;Scan to adopt me&quot;; a visitor&apos;s phone opens the animal&apos;s page on your public adoption page, with the application form. Other cards and tags open the pet&apos;s tag page.</source>
        <translation>Solo en fichas de canil. La ficha dice «Escanéame para adoptarme»; el teléfono del visitante abre la página del animal en su página pública de adopción, con el formulario de solicitud. Las demás fichas y chapas abren la página de la chapa de la mascota.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) open the animal&apos;s adoption page.</source>
        <translation>
            <numerusform>%n ficha abre la página de adopción del animal.</numerusform>
            <numerusform>%n fichas abren la página de adopción del animal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::ThankYouPage</name>
    <message>
        <source>Back to All Animals</source>
        <translation>Volver a todos los animales</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>¡Gracias, %1!</translation>
    </message>
    <message>
        <source>Your application to adopt %1 is saved. The shelter will call or write to you soon.</source>
        <translation>Su solicitud para adoptar a %1 quedó guardada. El refugio lo llamará o le escribirá pronto.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TrashModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightPage</name>
    <message>
        <source>&amp;Add weight</source>
        <translation>&amp;Agregar peso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No weighings yet. Add the first one on the left.</source>
        <translation>Aún no hay pesajes. El primero se puede agregar a la izquierda.</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Could not save the weight</source>
        <translation>No se pudo guardar el peso</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Could not change the weight</source>
        <translation>No se pudo modificar el peso</translation>
    </message>
    <message>
        <source>Date weighed</source>
        <translation>Fecha de pesaje</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WhatsAppVerificationBox</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Verify on WhatsApp</source>
        <translation>&amp;Verificar en WhatsApp</translation>
    </message>
    <message>
        <source>C&amp;onfirm Code</source>
        <translation>C&amp;onfirmar código</translation>
    </message>
    <message>
        <source>Re&amp;voke Opt-In…</source>
        <translation>&amp;Revocar consentimiento…</translation>
    </message>
    <message>
        <source>Send a one-time code to the owner&apos;s WhatsApp: nothing else is sent to a number until its owner confirms it</source>
        <translation>Enviar un código de un solo uso al WhatsApp del dueño: no se envía nada más a un número hasta que su dueño lo confirme</translation>
    </message>
    <message>
        <source>Code the owner reads out</source>
        <translation>Código que lee el dueño</translation>
    </message>
    <message>
        <source>The 6 digits the owner received; they can also reply &quot;SI&quot; to the message</source>
        <translation>Los 6 dígitos que recibió el dueño; también puede responder &quot;SI&quot; al mensaje</translation>
    </message>
    <message>
        <source>The owner no longer wants WhatsApp messages: opt them out and forget the verification</source>
        <translation>El dueño ya no quiere mensajes de WhatsApp: darlo de baja y olvidar la verificación</translation>
    </message>
    <message>
        <source>The WhatsApp state could not be read.</source>
        <translation>No se pudo leer el estado de WhatsApp.</translation>
    </message>
    <message>
        <source>No mobile number in international form: WhatsApp cannot be verified. Add one and save.</source>
        <translation>No hay un número de celular en formato internacional: no se puede verificar WhatsApp. Agregue uno y guarde.</translation>
    </message>
    <message>
        <source>Not verified: the number changed since %1 was confirmed. Nothing is sent to %2 until the owner confirms it.</source>
        <translation>No verificado: el número cambió desde que se confirmó %1. No se envía nada a %2 hasta que el dueño lo confirme.</translation>
    </message>
    <message>
        <source>Not verified: nothing is sent to %1 until the owner confirms it.</source>
        <translation>No verificado: no se envía nada a %1 hasta que el dueño lo confirme.</translation>
    </message>
    <message>
        <source>Code sent to %1 at %2, not confirmed yet.</source>
        <translation>Código enviado a %1 a las %2, todavía sin confirmar.</translation>
    </message>
    <message>
        <source>The code could not be sent to %1: %2</source>
        <translation>No se pudo enviar el código a %1: %2</translation>
    </message>
    <message>
        <source>Verified on %1 by the owner&apos;s reply.</source>
        <translation>Verificado el %1 por la respuesta del dueño.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2.</source>
        <translation>Verificado el %1 por %2.</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent.</source>
        <translation>Dado de baja: no se envía nada.</translation>
    </message>
    <message>
        <source>Type the code the owner reads out, or ask them to reply &quot;SI&quot;.</source>
        <translation>Escriba el código que lee el dueño, o pídale que responda &quot;SI&quot;.</translation>
    </message>
    <message>
        <source>Send a &amp;New Code</source>
        <translation>Enviar un código &amp;nuevo</translation>
    </message>
    <message>
        <source>A code is on its way to %1.</source>
        <translation>Un código va en camino a %1.</translation>
    </message>
    <message>
        <source>Verified: %1 now gets reminders on WhatsApp.</source>
        <translation>Verificado: %1 ahora recibe recordatorios por WhatsApp.</translation>
    </message>
    <message>
        <source>Revoke WhatsApp Opt-In</source>
        <translation>Revocar consentimiento de WhatsApp</translation>
    </message>
    <message>
        <source>Nothing more will be sent to this person on WhatsApp, and their number must be verified again to receive reminders. Revoke?</source>
        <translation>No se enviará nada más a esta persona por WhatsApp, y su número deberá verificarse de nuevo para recibir recordatorios. ¿Revocar?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Opted out: nothing more is sent on WhatsApp. The change reaches the other computers with the next sync.</source>
        <translation>Dado de baja: no se envía nada más por WhatsApp. El cambio llega a los demás equipos con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to verify numbers.</source>
        <translation>Esta base de datos no inició sesión en un servidor. Inicie sesión (menú Sincronización) para verificar números.</translation>
    </message>
    <message>
        <source>The server cannot be reached: verifying needs a connection. Try again when online.</source>
        <translation>No se puede contactar al servidor: verificar requiere conexión. Vuelva a intentarlo cuando esté en línea.</translation>
    </message>
    <message>
        <source>WhatsApp notifications are off on the server: it cannot send codes. Ask the server&apos;s administrator to configure WhatsApp.</source>
        <translation>Las notificaciones de WhatsApp están desactivadas en el servidor: no puede enviar códigos. Pida al administrador del servidor que configure WhatsApp.</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan does not include WhatsApp messages. An admin can change the plan.</source>
        <translation>El plan de la organización no incluye mensajes de WhatsApp. Un administrador puede cambiar el plan.</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again in a minute.</source>
        <translation>Se pidieron demasiados códigos. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again in %1 minutes.</source>
        <translation>Se pidieron demasiados códigos. Vuelva a intentarlo en %1 minutos.</translation>
    </message>
    <message>
        <source>That is not the code. 1 try left.</source>
        <translation>Ese no es el código. Queda 1 intento.</translation>
    </message>
    <message>
        <source>That is not the code. %1 tries left.</source>
        <translation>Ese no es el código. Quedan %1 intentos.</translation>
    </message>
    <message>
        <source>That is not the code, and no tries are left: send a new code.</source>
        <translation>Ese no es el código y no quedan intentos: envíe un código nuevo.</translation>
    </message>
    <message>
        <source>A code is 6 digits.</source>
        <translation>Un código tiene 6 dígitos.</translation>
    </message>
    <message>
        <source>The code has expired: send a new one.</source>
        <translation>El código venció: envíe uno nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new one.</source>
        <translation>Demasiados códigos incorrectos: envíe uno nuevo.</translation>
    </message>
    <message>
        <source>No code is open for this person (it was used, or never sent): send a new one.</source>
        <translation>No hay un código abierto para esta persona (ya se usó o nunca se envió): envíe uno nuevo.</translation>
    </message>
    <message>
        <source>The number changed since the code was sent: send a new code.</source>
        <translation>El número cambió desde que se envió el código: envíe un código nuevo.</translation>
    </message>
    <message>
        <source>The server has no mobile number for this person yet. Save the number, sync, and try again.</source>
        <translation>El servidor todavía no tiene un número de celular para esta persona. Guarde el número, sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This person is not on the server yet. Sync, then try again.</source>
        <translation>Esta persona todavía no está en el servidor. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer&apos;s sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta la sesión de este equipo. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server could not do it: %1</source>
        <translation>El servidor no pudo hacerlo: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::report::AdoptionContract</name>
    <message>
        <source>No adoption fee</source>
        <translation>Sin costo de adopción</translation>
    </message>
    <message>
        <source>Adoption contract</source>
        <translation>Contrato de adopción</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>The animal</source>
        <translation>El animal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>The adopter</source>
        <translation>El adoptante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Adoption fee</source>
        <translation>Costo de adopción</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Consent given with the application</source>
        <translation>Consentimiento dado con la solicitud</translation>
    </message>
    <message>
        <source>1. The adopter takes the animal into their home as a companion, and will give it food, water, shelter, veterinary care when needed, its vaccinations and affection.
2. The adopter will not sell, give away or abandon the animal. If they can no longer keep it, they will return it to the organisation.
3. The adopter will keep the animal&apos;s identification (tag and microchip) and tell the organisation when their address or phone number changes.
4. The organisation may contact the adopter to ask how the animal is doing.
5. The adoption fee supports the care of other animals and is not refunded.</source>
        <translation>1. El adoptante recibe al animal en su hogar como compañía y le dará alimento, agua, refugio, atención veterinaria cuando la necesite, sus vacunas y afecto.
2. El adoptante no venderá, regalará ni abandonará al animal. Si ya no puede tenerlo, lo devolverá a la organización.
3. El adoptante mantendrá la identificación del animal (placa y microchip) y avisará a la organización cuando cambie su dirección o número de teléfono.
4. La organización puede contactar al adoptante para preguntar cómo está el animal.
5. El costo de adopción sostiene el cuidado de otros animales y no se reembolsa.</translation>
    </message>
    <message>
        <source>%1 — adoption contract, %2. Generated %3 by Pet Info. Page %4 of %5</source>
        <translation>%1 — contrato de adopción, %2. Generado el %3 por Pet Info. Página %4 de %5</translation>
    </message>
    <message>
        <source>Adopter (typed name, consent accepted), %1</source>
        <translation>Adoptante (nombre escrito, consentimiento aceptado), %1</translation>
    </message>
    <message>
        <source>Adopter, %1</source>
        <translation>Adoptante, %1</translation>
    </message>
    <message>
        <source>For %1, %2</source>
        <translation>Por %1, %2</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>Adoption contract: %1</source>
        <translation>Contrato de adopción: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::report::DomainText</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Con dueño</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En cuidado</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>En adopción</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Desparasitación</translation>
    </message>
    <message>
        <source>Flea and tick</source>
        <translation>Pulgas y garrapatas</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>Análisis de laboratorio</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>menos de un mes</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>petinfo::report::HealthReport</name>
    <message>
        <source>%1 — health report</source>
        <translation>%1 — informe de salud</translation>
    </message>
    <message>
        <source>Generated %1 by Pet Info</source>
        <translation>Generado el %1 por Pet Info</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Health report: %1</source>
        <translation>Informe de salud: %1</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovada</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>HEALTH REPORT</source>
        <translation>INFORME DE SALUD</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimada)</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>Página pública</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>No owner recorded.</source>
        <translation>Sin dueño registrado.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Allergies and conditions</source>
        <translation>Alergias y enfermedades</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Enfermedades: %1</translation>
    </message>
    <message>
        <source>Vaccines</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>No vaccines recorded.</source>
        <translation>No hay vacunas registradas.</translation>
    </message>
    <message>
        <source>Vaccines (continued)</source>
        <translation>Vacunas (continuación)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Deworming and parasite control</source>
        <translation>Desparasitación y control de parásitos</translation>
    </message>
    <message>
        <source>No deworming or parasite treatments recorded.</source>
        <translation>No hay desparasitaciones ni tratamientos antiparasitarios registrados.</translation>
    </message>
    <message>
        <source>Deworming and parasite control (continued)</source>
        <translation>Desparasitación y control de parásitos (continuación)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Treatments and procedures</source>
        <translation>Tratamientos y procedimientos</translation>
    </message>
    <message>
        <source>No treatments or procedures recorded.</source>
        <translation>No hay tratamientos ni procedimientos registrados.</translation>
    </message>
    <message>
        <source>Treatments and procedures (continued)</source>
        <translation>Tratamientos y procedimientos (continuación)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>No weights recorded.</source>
        <translation>No hay pesos registrados.</translation>
    </message>
    <message>
        <source>Weight (continued)</source>
        <translation>Peso (continuación)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Change (kg)</source>
        <translation>Cambio (kg)</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>petinfo::report::Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <source>Payment receipt — %1</source>
        <translation>Recibo de pago — %1</translation>
    </message>
    <message>
        <source>Pet Info subscription</source>
        <translation>Suscripción a Pet Info</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>This payment was returned (%1): it no longer pays for the plan.</source>
        <translation>Este pago se devolvió (%1): ya no paga el plan.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Pagado a través de</translation>
    </message>
    <message>
        <source>Provider&apos;s reference</source>
        <translation>Referencia del proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Generated %1 by Pet Info.</source>
        <translation>Generado el %1 por Pet Info.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Pet Info add-on, paid once</source>
        <translation>Complemento de Pet Info, pago único</translation>
    </message>
    <message>
        <source>This payment was returned (%1): what the add-on granted was taken back.</source>
        <translation>Este pago fue devuelto (%1): lo que otorgaba el complemento fue retirado.</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Otorga</translation>
    </message>
</context>
<context>
    <name>petinfo::report::ReportError</name>
    <message>
        <source>The public address of the server is not a valid web address.</source>
        <translation>La dirección pública del servidor no es una dirección web válida.</translation>
    </message>
    <message>
        <source>The tag id is not valid.</source>
        <translation>El id de la placa no es válido.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>El texto es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of the application to be started.</source>
        <translation>Para imprimir, la parte gráfica de la aplicación debe estar iniciada.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada para imprimir.</translation>
    </message>
    <message>
        <source>The label layout does not fit on its page.</source>
        <translation>El formato de etiquetas no entra en su página.</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>No se pudo abrir la impresora o el archivo PDF para dibujar.</translation>
    </message>
    <message>
        <source>The PDF file could not be saved.</source>
        <translation>No se pudo guardar el archivo PDF.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>No se puede leer la imagen.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>No se encontró ningún código QR en la imagen.</translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag.</source>
        <translation>Este código QR no es una placa de Pet Info.</translation>
    </message>
    <message>
        <source>This tag belongs to another Pet Info server.</source>
        <translation>Esta placa pertenece a otro servidor de Pet Info.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <source>The public address points at this computer or a private network, which a finder&apos;s phone cannot open. Use the address your sync server has on the internet, e.g. https://pets.example.org.</source>
        <translation>La dirección pública apunta a este equipo o a una red privada, que el teléfono de quien encuentre la mascota no puede abrir. Use la dirección de su servidor de sincronización en internet, p. ej., https://pets.example.org.</translation>
    </message>
    <message>
        <source>The animal&apos;s id is not valid.</source>
        <translation>El identificador del animal no es válido.</translation>
    </message>
    <message>
        <source>The public page address must be 3 to 40 characters: lower-case letters, digits and single dashes between them.</source>
        <translation>La dirección de la página pública debe tener de 3 a 40 caracteres: letras minúsculas, dígitos y guiones sueltos entre ellos.</translation>
    </message>
</context>
<context>
    <name>petinfo::report::TagSheet</name>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Scan to register / claim</source>
        <translation>Escanear para registrar / reclamar</translation>
    </message>
    <message>
        <source>If found, please scan me</source>
        <translation>Si me encuentras, escanéame</translation>
    </message>
    <message>
        <source>Scan to claim</source>
        <translation>Escanear para reclamar</translation>
    </message>
    <message>
        <source>If found, please scan</source>
        <translation>Si me encuentras, escanea</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>neutered</source>
        <translation>castrado</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Enfermedades: %1</translation>
    </message>
    <message>
        <source>Scan to register this tag</source>
        <translation>Escanear para registrar esta placa</translation>
    </message>
    <message>
        <source>Scan for this pet&apos;s page</source>
        <translation>Escanear para ver la página de esta mascota</translation>
    </message>
    <message>
        <source>Scan to adopt me</source>
        <translation>Escanéame para adoptarme</translation>
    </message>
    <message>
        <source>My photos, my story and the application form, on your phone.</source>
        <translation>Mis fotos, mi historia y el formulario de solicitud, en su teléfono.</translation>
    </message>
</context>
</TS>
