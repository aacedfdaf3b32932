<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Adoption</name>
    <message>
        <source>Intake</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>Sob cuidados</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>Para adoção</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Stray</source>
        <translation>De rua</translation>
    </message>
    <message>
        <source>Surrendered by owner</source>
        <translation>Entregue pelo tutor</translation>
    </message>
    <message>
        <source>Transfer from another shelter</source>
        <translation>Transferência de outro abrigo</translation>
    </message>
    <message>
        <source>Born in care</source>
        <translation>Nascido no abrigo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Não se sabe</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>energy</comment>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>energy</comment>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <comment>energy</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>energy</comment>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>size</comment>
        <translation>Médio</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Sítio</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>home</comment>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Owns the home</source>
        <translation>Casa própria</translation>
    </message>
    <message>
        <source>Landlord permits pets</source>
        <translation>O proprietário permite animais</translation>
    </message>
    <message>
        <source>Landlord does not permit pets</source>
        <translation>O proprietário não permite animais</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosque</translation>
    </message>
    <message>
        <source>Adoption page</source>
        <translation>Página de adoção</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Sem taxa</translation>
    </message>
    <message>
        <source>That status change is not allowed from the current status.</source>
        <translation>Essa mudança de situação não é permitida a partir da situação atual.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Seu papel não permite isso.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Birth date is estimated</source>
        <translation>Data de nascimento estimada</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Cor e marcas</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condições de saúde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>Id da placa</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nome do tutor</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Telefone do tutor</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-mail do tutor</translation>
    </message>
    <message>
        <source>Owner address</source>
        <translation>Endereço do tutor</translation>
    </message>
    <message>
        <source>Owner language</source>
        <translation>Idioma do tutor</translation>
    </message>
    <message>
        <source>Owner accepts WhatsApp</source>
        <translation>Tutor aceita WhatsApp</translation>
    </message>
    <message>
        <source>Age (when no birth date)</source>
        <translation>Idade (sem data de nascimento)</translation>
    </message>
    <message>
        <source>Date of entry to the shelter</source>
        <translation>Data de entrada no abrigo</translation>
    </message>
    <message>
        <source>Code in the previous system</source>
        <translation>Código no sistema anterior</translation>
    </message>
    <message>
        <source>Owner first name</source>
        <translation>Nome do tutor</translation>
    </message>
    <message>
        <source>Owner last name</source>
        <translation>Sobrenome do tutor</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacina</translation>
    </message>
    <message>
        <source>Vaccine date</source>
        <translation>Data da vacina</translation>
    </message>
    <message>
        <source>Vaccine next due</source>
        <translation>Próxima dose da vacina</translation>
    </message>
    <message>
        <source>Vaccine batch</source>
        <translation>Lote da vacina</translation>
    </message>
    <message>
        <source>Vaccine notes</source>
        <translation>Observações da vacina</translation>
    </message>
    <message>
        <source>Vaccine due (not given yet)</source>
        <translation>Vacina pendente (ainda não aplicada)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha de dados</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha no arquivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Criando o banco de dados criptografado…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase is not the right one. Nothing was changed; try again (is Caps Lock on?).</source>
        <translation>Essa frase secreta não está certa. Nada foi alterado; tente de novo (o Caps Lock está ativado?).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Dog</source>
        <translation>Cachorro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Coelho</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Réptil</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>species</comment>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Fêmea</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Com tutor</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>Sob cuidados</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>Para adoção</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacina</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Vermifugação</translation>
    </message>
    <message>
        <source>Flea/tick</source>
        <translation>Pulgas/carrapatos</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirurgia</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Consulta de rotina</translation>
    </message>
    <message>
        <source>Lab work</source>
        <translation>Exames</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contato de emergência</translation>
    </message>
    <message>
        <source>Foster</source>
        <translation>Lar temporário</translation>
    </message>
    <message>
        <source>Adopter</source>
        <translation>Adotante</translation>
    </message>
    <message>
        <source>Vet</source>
        <translation>Veterinário</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>contact role</comment>
        <translation>Outro</translation>
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
            <numerusform>Vencido há %n dia</numerusform>
            <numerusform>Vencido há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoje</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence em %n dia</numerusform>
            <numerusform>Vence em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
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
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Age unknown</source>
        <translation>Idade desconhecida</translation>
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
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an estimated age</comment>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>No adoption fee</source>
        <translation>Sem taxa de adoção</translation>
    </message>
    <message>
        <source>Adoption fee: %1</source>
        <translation>Taxa de adoção: %1</translation>
    </message>
    <message>
        <source>Good with children</source>
        <translation>Se dá bem com crianças</translation>
    </message>
    <message>
        <source>No small children</source>
        <translation>Não com crianças pequenas</translation>
    </message>
    <message>
        <source>Good with dogs</source>
        <translation>Se dá bem com cães</translation>
    </message>
    <message>
        <source>No other dogs</source>
        <translation>Não com outros cães</translation>
    </message>
    <message>
        <source>Good with cats</source>
        <translation>Se dá bem com gatos</translation>
    </message>
    <message>
        <source>No cats</source>
        <translation>Não com gatos</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
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
        <translation>Placa de coleira de 50 x 22 mm (A4, para recortar)</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeno</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
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
        <translation>Procurando a família</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Reunido com a família</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>same microchip</source>
        <translation>mesmo microchip</translation>
    </message>
    <message>
        <source>same tag</source>
        <translation>mesma placa</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>breed</source>
        <translation>raça</translation>
    </message>
    <message>
        <source>similar breed</source>
        <translation>raça parecida</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <source>size</source>
        <translation>porte</translation>
    </message>
    <message>
        <source>age</source>
        <translation>idade</translation>
    </message>
    <message>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <source>lost shortly before</source>
        <translation>perdido pouco antes</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
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
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>number not on WhatsApp</source>
        <translation>o número não tem WhatsApp</translation>
    </message>
    <message>
        <source>the message template was refused</source>
        <translation>o modelo de mensagem foi recusado</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver it</source>
        <translation>o WhatsApp não a entregou</translation>
    </message>
    <message>
        <source>the owner opted out</source>
        <translation>o tutor pediu para não receber mais</translation>
    </message>
    <message>
        <source>no WhatsApp number</source>
        <translation>sem número de WhatsApp</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>gave up after several tries (%1)</source>
        <translation>desistiu após várias tentativas (%1)</translation>
    </message>
    <message>
        <source>WhatsApp is not set up on the server</source>
        <translation>o WhatsApp não está configurado no servidor</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconhecido</translation>
    </message>
    <message>
        <source>nobody to tell (no owner opted in with a WhatsApp number)</source>
        <translation>ninguém para avisar (nenhum tutor aceitou o WhatsApp com um número)</translation>
    </message>
    <message>
        <source>a newer record replaced it</source>
        <translation>um registro mais novo o substituiu</translation>
    </message>
    <message>
        <source>the record was deleted</source>
        <translation>o registro foi excluído</translation>
    </message>
    <message>
        <source>the pet died</source>
        <translation>o animal faleceu</translation>
    </message>
    <message>
        <source>the pet was adopted out</source>
        <translation>o animal foi adotado</translation>
    </message>
    <message>
        <source>the pet was deleted</source>
        <translation>o animal foi excluído</translation>
    </message>
    <message>
        <source>reminders are off for it</source>
        <translation>os lembretes estão desativados para isso</translation>
    </message>
    <message>
        <source>cancelled by staff</source>
        <translation>cancelada pela equipe</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sending (retrying: %1)</source>
        <translation>enviando (nova tentativa: %1)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada em %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>, delivered</source>
        <translation>, entregue</translation>
    </message>
    <message>
        <source>, read</source>
        <translation>, lida</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>uncertain: may not have been sent</source>
        <translation>incerta: pode não ter sido enviada</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelada: %1</translation>
    </message>
    <message>
        <source>reminder planned for %1</source>
        <translation>lembrete planejado para %1</translation>
    </message>
    <message>
        <source>%1; next %2</source>
        <translation>%1; próximo %2</translation>
    </message>
    <message>
        <source>no reminder: %1</source>
        <translation>sem lembrete: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Mesclar %1 em %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Cor e marcas</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condições de saúde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>Id da placa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima dose</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Aplicado por</translation>
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
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nome do tutor</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Telefone do tutor</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-mail do tutor</translation>
    </message>
    <message>
        <source>WhatsApp opt-in</source>
        <translation>Aceita WhatsApp</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contato %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>é longo demais</translation>
    </message>
    <message>
        <source>type the 15 digits of the chip, e.g. 982000123456789 (an older chip has 9 or 10 characters)</source>
        <translation>digite os 15 dígitos do chip, ex.: 982000123456789 (um chip antigo tem 9 ou 10 caracteres)</translation>
    </message>
    <message>
        <source>an older 9/10-character chip: accepted, but not every scanner reads it</source>
        <translation>um chip antigo de 9/10 caracteres: aceito, mas nem todo leitor o lê</translation>
    </message>
    <message>
        <source>numbers starting with 999 belong to test transponders</source>
        <translation>números que começam com 999 são de transponders de teste</translation>
    </message>
    <message>
        <source>this microchip number is already used by another pet</source>
        <translation>este número de microchip já é usado por outro animal</translation>
    </message>
    <message>
        <source>not a phone number: type it as you would dial it, e.g. %1</source>
        <translation>não é um número de telefone: digite como você discaria, ex.: %1</translation>
    </message>
    <message>
        <source>start with + and the country code, e.g. +54 9 11 2345-6789, or choose your country in Preferences to type local numbers</source>
        <translation>comece com + e o código do país, ex.: +55 11 91234-5678, ou escolha seu país em Preferências para digitar números locais</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>não é um endereço de e-mail válido</translation>
    </message>
    <message>
        <source>use a language code such as &quot;es&quot; or &quot;pt-BR&quot;</source>
        <translation>use um código de idioma como &quot;es&quot; ou &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>não pode estar no futuro</translation>
    </message>
    <message>
        <source>is implausibly early</source>
        <translation>é antiga demais para ser real</translation>
    </message>
    <message>
        <source>is before the date it was given</source>
        <translation>é anterior à data de aplicação</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 1500 kg</source>
        <translation>deve ser maior que 0 e no máximo 1500 kg</translation>
    </message>
    <message>
        <source>exactly one contact must be the primary one</source>
        <translation>exatamente um contato deve ser o principal</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>não é um id válido</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>não é um dos valores permitidos</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>não é uma data (use AAAA-MM-DD ou DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type the pet&apos;s name.</source>
        <translation>Digite o nome do animal.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Digite o nome da pessoa.</translation>
    </message>
    <message>
        <source>Type the vaccine or product given.</source>
        <translation>Digite a vacina ou o produto aplicado.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escreva a observação primeiro.</translation>
    </message>
    <message>
        <source>Type the birth date, or untick Known.</source>
        <translation>Digite a data de nascimento ou desmarque Conhecida.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>15 digits, e.g. 982000123456789.</source>
        <translation>15 dígitos, ex.: 982000123456789.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1.</source>
        <translation>Não é uma data. Digite assim: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 não pode estar no futuro.</translation>
    </message>
    <message>
        <source>Where found</source>
        <translation>Local onde foi encontrado</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Data em que foi encontrado</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Idade estimada</translation>
    </message>
    <message>
        <source>is outside the allowed range</source>
        <translation>está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address</source>
        <translation>informe um telefone ou um e-mail</translation>
    </message>
    <message>
        <source>the consent must be read and accepted</source>
        <translation>o consentimento precisa ser lido e aceito</translation>
    </message>
    <message>
        <source>please sign the application</source>
        <translation>assine a solicitação</translation>
    </message>
    <message>
        <source>the signature could not be read; please sign again</source>
        <translation>não foi possível ler a assinatura; assine de novo</translation>
    </message>
    <message>
        <source>type your full name exactly as in the name field</source>
        <translation>digite seu nome completo exatamente como no campo de nome</translation>
    </message>
    <message>
        <source>use a currency code such as ARS or BRL</source>
        <translation>use um código de moeda como ARS ou BRL</translation>
    </message>
    <message>
        <source>this status change is not allowed</source>
        <translation>esta mudança de situação não é permitida</translation>
    </message>
    <message>
        <source>give each child&apos;s age in whole years, separated by commas</source>
        <translation>informe a idade de cada criança em anos inteiros, separadas por vírgulas</translation>
    </message>
    <message>
        <source>contains invisible control characters (perhaps pasted from another program); delete and type it again</source>
        <translation>contém caracteres de controle invisíveis (talvez colados de outro programa); apague e digite de novo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>O arquivo do banco de dados (padrão: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org.</source>
        <translation>O servidor de sincronização, ex.: https://sync.example.org.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Pet Info: offline pet records.</source>
        <translation>Pet Info: fichas de animais que funcionam offline.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s database file (default: %1).</source>
        <translation>O arquivo do banco de dados do quiosque (padrão: %1).</translation>
    </message>
    <message>
        <source>The server offered at enrolment.</source>
        <translation>O servidor oferecido no cadastro do quiosque.</translation>
    </message>
    <message>
        <source>Show the kiosk in a window (to try it out); it stays locked otherwise.</source>
        <translation>Mostrar o quiosque em uma janela (para testá-lo); caso contrário, ele fica bloqueado.</translation>
    </message>
    <message>
        <source>Pet Info adoption kiosk: visitors browse adoptable animals and apply, offline too. Leaving it needs the staff PIN.</source>
        <translation>Quiosque de adoção do Pet Info: os visitantes veem os animais para adoção e se candidatam, inclusive offline. Para sair é preciso o PIN da equipe.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AboutDialog</name>
    <message>
        <source>About Pet Info</source>
        <translation>Sobre o Pet Info</translation>
    </message>
    <message>
        <source>Pet Info</source>
        <translation>Pet Info</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>&amp;Libraries</source>
        <translation>&amp;Bibliotecas</translation>
    </message>
    <message>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cença</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Copiar &amp;detalhes</translation>
    </message>
    <message>
        <source>Copy the version, the system and the libraries, to paste into a support request</source>
        <translation>Copia a versão, o sistema e as bibliotecas para colar em um pedido de suporte</translation>
    </message>
    <message>
        <source>Offline-first pet records for clinics, shelters and owners.</source>
        <translation>Fichas de animais que funcionam offline, para clínicas, abrigos e tutores.</translation>
    </message>
    <message>
        <source>Your records are kept in an encrypted database on this computer:</source>
        <translation>Seus registros ficam em um banco de dados criptografado neste computador:</translation>
    </message>
    <message>
        <source>Pet Info is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with &lt;b&gt;no warranty&lt;/b&gt;.</source>
        <translation>O Pet Info é software livre: você pode compartilhá-lo e modificá-lo nos termos da Licença Pública Geral GNU, versão 3 ou posterior. Ele é fornecido &lt;b&gt;sem nenhuma garantia&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Running on %1.</source>
        <translation>Executando em %1.</translation>
    </message>
    <message>
        <source>Pet Info is built on these free software libraries. Thank you to their authors.</source>
        <translation>O Pet Info é construído sobre estas bibliotecas de software livre. Obrigado aos seus autores.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionActions</name>
    <message>
        <source>&amp;Adoption…</source>
        <translation>&amp;Adoção…</translation>
    </message>
    <message>
        <source>Applications &amp;Inbox…</source>
        <translation>Caixa de &amp;solicitações…</translation>
    </message>
    <message>
        <source>Animals by adoption status, intake and profiles (Ctrl+Shift+A)</source>
        <translation>Animais por situação de adoção, entrada e perfis (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Adoption applications from the kiosk, the adoption page and staff (Ctrl+Shift+I)</source>
        <translation>Solicitações de adoção do quiosque, da página de adoção e da equipe (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Open Inbox</source>
        <translation>Abrir caixa</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>A&amp;doption</source>
        <translation>A&amp;doção</translation>
    </message>
    <message numerus="yes">
        <source>%n new application(s)</source>
        <translation>
            <numerusform>%n solicitação nova</numerusform>
            <numerusform>%n solicitações novas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the applications inbox (Ctrl+Shift+I)</source>
        <translation>Abrir a caixa de solicitações (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>New adoption application from %1.</source>
        <translation>Nova solicitação de adoção de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new adoption applications.</source>
        <translation>
            <numerusform>%n nova solicitação de adoção.</numerusform>
            <numerusform>%n novas solicitações de adoção.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionAnimalModel</name>
    <message>
        <source>Came in on %1</source>
        <translation>Entrou em %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Days in care</source>
        <translation>Dias sob cuidados</translation>
    </message>
    <message>
        <source>Came in as</source>
        <translation>Entrou como</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionAnimalsPage</name>
    <message>
        <source>Record &amp;Intake…</source>
        <translation>Registrar &amp;entrada…</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>Alterar &amp;situação…</translation>
    </message>
    <message>
        <source>Adoption &amp;Profile…</source>
        <translation>&amp;Perfil de adoção…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>History of the selected animal:</source>
        <translation>Histórico do animal selecionado:</translation>
    </message>
    <message>
        <source>Could not load the adoption list</source>
        <translation>Não foi possível carregar a lista de adoção</translation>
    </message>
    <message>
        <source>All animals (%1)</source>
        <translation>Todos os animais (%1)</translation>
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
        <translation>Ainda não há animais no processo de adoção. Registre uma entrada para começar.</translation>
    </message>
    <message numerus="yes">
        <source>%n animal(s). </source>
        <translation>
            <numerusform>%n animal. </numerusform>
            <numerusform>%n animais. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionFlow</name>
    <message>
        <source>I confirm that what I wrote is true. I agree that the shelter keeps this application and contacts me about the adoption. Applying does not reserve the animal: the shelter decides after getting to know me, and may visit my home before the adoption.</source>
        <translation>Confirmo que o que escrevi é verdade. Concordo que o abrigo guarde esta solicitação e entre em contato comigo sobre a adoção. Fazer a solicitação não reserva o animal: o abrigo decide depois de me conhecer e pode visitar minha casa antes da adoção.</translation>
    </message>
    <message>
        <source>Your application could not be saved. Please ask the shelter&apos;s staff for help; nothing you typed was lost.</source>
        <translation>Não foi possível salvar sua solicitação. Peça ajuda à equipe do abrigo; nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionProfileDialog</name>
    <message>
        <source>Adoption Profile: %1</source>
        <translation>Perfil de adoção: %1</translation>
    </message>
    <message>
        <source>What adopters should know: character, habits, needs. Shown publicly.</source>
        <translation>O que os adotantes devem saber: temperamento, hábitos, necessidades. Exibido publicamente.</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>No photos yet: add them on the pet&apos;s Attachments tab.</source>
        <translation>Ainda não há fotos: adicione-as na aba Anexos do animal.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Porte:</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energia:</translation>
    </message>
    <message>
        <source>Good with &amp;dogs:</source>
        <translation>Se dá bem com &amp;cães:</translation>
    </message>
    <message>
        <source>Good with c&amp;ats:</source>
        <translation>Se dá bem com &amp;gatos:</translation>
    </message>
    <message>
        <source>Good with c&amp;hildren:</source>
        <translation>Se dá bem com c&amp;rianças:</translation>
    </message>
    <message>
        <source>Adoption &amp;fee:</source>
        <translation>&amp;Taxa de adoção:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>&amp;Public photos:</source>
        <translation>&amp;Fotos públicas:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Salvar perfil</translation>
    </message>
    <message>
        <source>Enter the fee&apos;s currency as its three-letter code, e.g. ARS, BRL or MXN.</source>
        <translation>Informe a moeda da taxa pelo código de três letras, por exemplo ARS, BRL ou MXN.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AdoptionWindow</name>
    <message>
        <source>Adoption</source>
        <translation>Adoção</translation>
    </message>
    <message>
        <source>&amp;Animals</source>
        <translation>&amp;Animais</translation>
    </message>
    <message>
        <source>A&amp;pplications</source>
        <translation>&amp;Solicitações</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AnimalPage</name>
    <message>
        <source>Back to All Animals</source>
        <translation>Voltar para todos os animais</translation>
    </message>
    <message>
        <source>I&apos;d Like to Meet %1</source>
        <translation>Quero conhecer %1</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Ainda sem foto</translation>
    </message>
    <message>
        <source>The photo has not arrived yet</source>
        <translation>A foto ainda não chegou</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AppController</name>
    <message>
        <source>Pet Info cannot start</source>
        <translation>O Pet Info não pode iniciar</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation>Não é possível criar a pasta do banco de dados: %1</translation>
    </message>
    <message>
        <source>Pet Info cannot open your records</source>
        <translation>O Pet Info não consegue abrir seus registros</translation>
    </message>
    <message>
        <source>Restore the newest automatic backup, from %1? The damaged file is kept aside.</source>
        <translation>Restaurar o backup automático mais recente, de %1? O arquivo danificado é guardado à parte.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>The local copy was not fully removed</source>
        <translation>A cópia local não foi removida por completo</translation>
    </message>
    <message>
        <source>Signed out; the records were removed from this computer.</source>
        <translation>Sessão encerrada; os registros foram removidos deste computador.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>O backup automático falhou: %1</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Backup automático salvo: %1</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restaurado.</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Não é possível restaurar este backup</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
    <message>
        <source>The backup was restored. The records you had before were kept at %1.</source>
        <translation>O backup foi restaurado. Os registros que você tinha antes foram guardados em %1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Try again.</source>
        <translation>Essa frase secreta não abre este backup. Tente de novo.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>O backup não foi restaurado</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationDetails</name>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>Animais</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Dados de contato</translation>
    </message>
    <message>
        <source>Hidden for volunteers</source>
        <translation>Oculto para voluntários</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Moradia</translation>
    </message>
    <message>
        <source>Yard</source>
        <translation>Quintal</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Other pets</source>
        <translation>Outros animais</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Nas palavras do solicitante</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiência</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Consent and signature</source>
        <translation>Consentimento e assinatura</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Não aceito</translation>
    </message>
    <message>
        <source>Text shown</source>
        <translation>Texto exibido</translation>
    </message>
    <message>
        <source>Typed signature</source>
        <translation>Assinatura digitada</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Assinatura desenhada</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quando e onde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Feita em</translation>
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
        <translation>Endereço de rede</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Observações da equipe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationForm</name>
    <message>
        <source>I have read this and I agree.</source>
        <translation>Li e concordo.</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Seu nome completo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Idades das crianças</translation>
    </message>
    <message>
        <source>e.g. 4, 9</source>
        <translation>ex.: 4, 9</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Apartamento</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Sítio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Yes, fenced or closed</source>
        <translation>Sim, cercado ou fechado</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Não tenho certeza</translation>
    </message>
    <message>
        <source>I own my home</source>
        <translation>Moro em casa própria</translation>
    </message>
    <message>
        <source>I rent, and pets are allowed</source>
        <translation>Alugo, e animais são permitidos</translation>
    </message>
    <message>
        <source>I rent, and pets are not allowed</source>
        <translation>Alugo, e animais não são permitidos</translation>
    </message>
    <message>
        <source>I rent, and I am not sure</source>
        <translation>Alugo, e não tenho certeza</translation>
    </message>
    <message>
        <source>Other pets at home</source>
        <translation>Outros animais em casa</translation>
    </message>
    <message>
        <source>e.g. a 5-year-old cat</source>
        <translation>ex.: um gato de 5 anos</translation>
    </message>
    <message>
        <source>Clear Signature</source>
        <translation>Limpar assinatura</translation>
    </message>
    <message>
        <source>Apply to adopt %1</source>
        <translation>Solicitação para adotar %1</translation>
    </message>
    <message>
        <source>The shelter reads every application and will call or write to you. Fields marked * are needed.</source>
        <translation>O abrigo lê cada solicitação e vai ligar ou escrever para você. Os campos marcados com * são obrigatórios.</translation>
    </message>
    <message>
        <source>Your full name *</source>
        <translation>Seu nome completo *</translation>
    </message>
    <message>
        <source>Phone *</source>
        <translation>Telefone *</translation>
    </message>
    <message>
        <source>Adults at home</source>
        <translation>Adultos em casa</translation>
    </message>
    <message>
        <source>Children at home</source>
        <translation>Crianças em casa</translation>
    </message>
    <message>
        <source>Their ages</source>
        <translation>Idades delas</translation>
    </message>
    <message>
        <source>Your home</source>
        <translation>Sua moradia</translation>
    </message>
    <message>
        <source>A yard?</source>
        <translation>Tem quintal?</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Other pets</source>
        <translation>Outros animais</translation>
    </message>
    <message>
        <source>Your experience with pets</source>
        <translation>Sua experiência com animais</translation>
    </message>
    <message>
        <source>A message for the shelter</source>
        <translation>Uma mensagem para o abrigo</translation>
    </message>
    <message>
        <source>Sign with your finger *</source>
        <translation>Assine com o dedo *</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send My Application</source>
        <translation>Enviar minha solicitação</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Escreva seu nome.</translation>
    </message>
    <message>
        <source>Please give a phone number or an e-mail address, so the shelter can reach you.</source>
        <translation>Informe um telefone ou um e-mail para que o abrigo possa falar com você.</translation>
    </message>
    <message>
        <source>This phone number does not look right. Write it with the area code.</source>
        <translation>Este número de telefone não parece certo. Escreva-o com o DDD.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. It should look like name@example.com.</source>
        <translation>Este e-mail não parece certo. Ele deve ser como nome@exemplo.com.</translation>
    </message>
    <message>
        <source>Write each child&apos;s age in years, separated by commas, like 4, 9.</source>
        <translation>Escreva a idade de cada criança em anos, separadas por vírgulas, como 4, 9.</translation>
    </message>
    <message>
        <source>Please read the text above and tick the box.</source>
        <translation>Leia o texto acima e marque a caixa.</translation>
    </message>
    <message>
        <source>Please sign in the box below with your finger.</source>
        <translation>Assine com o dedo no quadro abaixo.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Isto está longo demais. Encurte, por favor.</translation>
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
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>Animais</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>(unknown animal)</source>
        <translation>(animal desconhecido)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ApplicationsPage</name>
    <message>
        <source>Save &amp;Notes</source>
        <translation>Salvar &amp;observações</translation>
    </message>
    <message>
        <source>Mark &amp;Contacted</source>
        <translation>Marcar como &amp;contatada</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>Re&amp;tirada</translation>
    </message>
    <message>
        <source>Complete &amp;Adoption…</source>
        <translation>Concluir a&amp;doção…</translation>
    </message>
    <message>
        <source>Contract &amp;PDF…</source>
        <translation>Contrato em &amp;PDF…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Qualquer lugar</translation>
    </message>
    <message>
        <source>Search applicant or animal</source>
        <translation>Buscar solicitante ou animal</translation>
    </message>
    <message>
        <source>Note for the history (optional)</source>
        <translation>Observação para o histórico (opcional)</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Seu nome completo</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Feita em:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Signing for the shelter:</source>
        <translation>Assinando pelo abrigo:</translation>
    </message>
    <message>
        <source>Staff notes:</source>
        <translation>Observações da equipe:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Não foi possível carregar as solicitações</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Nenhuma solicitação selecionada.</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sem assinatura</translation>
    </message>
    <message>
        <source>Signed by typing the name “%1”</source>
        <translation>Assinada digitando o nome “%1”</translation>
    </message>
    <message>
        <source>Could not update the application</source>
        <translation>Não foi possível atualizar a solicitação</translation>
    </message>
    <message>
        <source>Decline Application</source>
        <translation>Recusar solicitação</translation>
    </message>
    <message>
        <source>Decline this application? It is closed for good; the applicant can apply again.</source>
        <translation>Recusar esta solicitação? Ela é encerrada de vez; o solicitante pode se candidatar de novo.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Could not change the application</source>
        <translation>Não foi possível alterar a solicitação</translation>
    </message>
    <message>
        <source>Application of %1: %2</source>
        <translation>Solicitação de %1: %2</translation>
    </message>
    <message>
        <source>Could not save the notes</source>
        <translation>Não foi possível salvar as observações</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Observações salvas</translation>
    </message>
    <message>
        <source>Could not complete the adoption</source>
        <translation>Não foi possível concluir a adoção</translation>
    </message>
    <message>
        <source>Type your full name: it signs the contract.</source>
        <translation>Digite seu nome completo: ele assina o contrato.</translation>
    </message>
    <message>
        <source>%1 adopted. Save the contract to print and sign it.</source>
        <translation>%1 adotou. Salve o contrato para imprimi-lo e assiná-lo.</translation>
    </message>
    <message>
        <source>Could not make the contract</source>
        <translation>Não foi possível gerar o contrato</translation>
    </message>
    <message>
        <source>Adoption contract %1</source>
        <translation>Contrato de adoção %1</translation>
    </message>
    <message>
        <source>Save Adoption Contract</source>
        <translation>Salvar contrato de adoção</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the contract</source>
        <translation>Não foi possível salvar o contrato</translation>
    </message>
    <message>
        <source>Contract saved to %1</source>
        <translation>Contrato salvo em %1</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AttachmentsPage</name>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Adicionar &amp;foto…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Adicionar &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Use as &amp;main photo</source>
        <translation>Usar como foto &amp;principal</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Adicionar uma foto</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Adicionar um documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not add the file</source>
        <translation>Não foi possível adicionar o arquivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 tem mais de %2 MB.</translation>
    </message>
    <message>
        <source>Could not add the photo</source>
        <translation>Não foi possível adicionar a foto</translation>
    </message>
    <message>
        <source>%1 is not an image this app can show.</source>
        <translation>%1 não é uma imagem que este aplicativo consiga mostrar.</translation>
    </message>
    <message>
        <source>Could not set the main photo</source>
        <translation>Não foi possível definir a foto principal</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>Não foi possível salvar a cópia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this pet&apos;s files?</source>
        <translation>Remover &quot;%1&quot; dos arquivos deste animal?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Could not remove the file</source>
        <translation>Não foi possível remover o arquivo</translation>
    </message>
    <message>
        <source>No photos or documents yet.</source>
        <translation>Ainda não há fotos nem documentos.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Selecione um arquivo para visualizá-lo.</translation>
    </message>
    <message>
        <source>%1
(no preview)</source>
        <translation>%1
(sem visualização)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingActions</name>
    <message>
        <source>&amp;Plan and Billing…</source>
        <translation>&amp;Plano e cobrança…</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan, what it allows, upgrades and payments</source>
        <translation>O plano da organização, o que ele permite, mudanças de plano e pagamentos</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingAddonsBox</name>
    <message>
        <source>Add-ons (paid once)</source>
        <translation>Complementos (pagamento único)</translation>
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
        <translation>Concede</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>Pay once for the selected add-on at MercadoPago or Stripe, in the browser or on a phone</source>
        <translation>Pagar uma única vez o complemento escolhido pelo MercadoPago ou Stripe, no navegador ou no celular</translation>
    </message>
    <message numerus="yes">
        <source>%n tag claim(s)</source>
        <translation>
            <numerusform>%n ativação de plaquinha</numerusform>
            <numerusform>%n ativações de plaquinhas</numerusform>
        </translation>
    </message>
    <message>
        <source>not sold in %1</source>
        <translation>não vendido em %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::BillingDialog</name>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sem limite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mudar de plano…</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>&amp;Open Payment Page</source>
        <translation>&amp;Abrir página de pagamento</translation>
    </message>
    <message>
        <source>Save &amp;Receipt…</source>
        <translation>Salvar &amp;recibo…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Plan and Billing</source>
        <translation>Plano e cobrança</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Quiosques</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Pay for the selected plan at MercadoPago or Stripe, in the browser or on a phone</source>
        <translation>Pagar o plano selecionado no MercadoPago ou no Stripe, no navegador ou em um celular</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>Código QR da página de pagamento</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plano atual</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Moe&amp;da:</translation>
    </message>
    <message>
        <source>No browser could be opened. Scan the QR code with a phone to pay.</source>
        <translation>Nenhum navegador pôde ser aberto. Leia o código QR com um celular para pagar.</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to see and change the organisation&apos;s plan.</source>
        <translation>Este banco de dados não está conectado a um servidor. Entre (menu Sincronização) para ver e mudar o plano da organização.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Only administrators of the organisation can change its plan.</source>
        <translation>Só administradores da organização podem mudar o plano dela.</translation>
    </message>
    <message>
        <source>This server does not sell plans: nothing is limited.</source>
        <translation>Este servidor não vende planos: nada é limitado.</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>Renova em %1.</translation>
    </message>
    <message>
        <source>Paid until %1. It does not renew by itself: pay again before then to keep it.</source>
        <translation>Pago até %1. Ele não se renova sozinho: pague de novo antes dessa data para mantê-lo.</translation>
    </message>
    <message>
        <source>%1 ended on %2. The organisation is back on the free plan; its records stay readable, synced and exportable.</source>
        <translation>%1 terminou em %2. A organização voltou ao plano gratuito; seus registros continuam legíveis, sincronizados e exportáveis.</translation>
    </message>
    <message>
        <source>The free plan.</source>
        <translation>O plano gratuito.</translation>
    </message>
    <message>
        <source>Devices: %1 · Kiosks: %2 · WhatsApp reminders: %3</source>
        <translation>Dispositivos: %1 · Quiosques: %2 · Lembretes do WhatsApp: %3</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluídos</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>não incluídos</translation>
    </message>
    <message>
        <source>Could not read the organisation&apos;s plan: %1</source>
        <translation>Não foi possível ler o plano da organização: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Grátis</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 por ano</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 por mês</translation>
    </message>
    <message>
        <source>not sold in %1</source>
        <translation>não vendido em %1</translation>
    </message>
    <message>
        <source>Pay &amp;Again…</source>
        <translation>&amp;Pagar de novo…</translation>
    </message>
    <message>
        <source>The payment provider did not answer the server. Nothing was charged; try again in a few minutes.</source>
        <translation>O provedor de pagamento não respondeu ao servidor. Nada foi cobrado; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>This server does not sell plans.</source>
        <translation>Este servidor não vende planos.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>Não foi possível iniciar o pagamento: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the payment&lt;/b&gt; of %1 for %2 at %3.&lt;br&gt;The payment page is open in your browser. To pay on a phone, scan this code. This window shows the result as soon as %3 confirms it to the server.&lt;br&gt;The page can be used until %4.</source>
        <translation>&lt;b&gt;Aguardando o pagamento&lt;/b&gt; de %1 por %2 no %3.&lt;br&gt;A página de pagamento está aberta no seu navegador. Para pagar em um celular, leia este código. Esta janela mostra o resultado assim que o %3 o confirmar ao servidor.&lt;br&gt;A página pode ser usada até %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid.&lt;/b&gt; %1 of %2 through %3: %4 is now the organisation&apos;s plan.</source>
        <translation>&lt;b&gt;Pago.&lt;/b&gt; %1 de %2 pelo %3: %4 agora é o plano da organização.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment did not go through&lt;/b&gt; at %1. Nothing changed; you can try again, with another card if needed.</source>
        <translation>&lt;b&gt;O pagamento não foi concluído&lt;/b&gt; no %1. Nada mudou; você pode tentar de novo, com outro cartão se necessário.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment page expired&lt;/b&gt; before it was paid. Press Upgrade to start a new one.</source>
        <translation>&lt;b&gt;A página de pagamento expirou&lt;/b&gt; antes de ser paga. Clique em Mudar de plano para iniciar uma nova.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refunded.&lt;/b&gt; The payment was returned, and what it paid for ended.</source>
        <translation>&lt;b&gt;Reembolsado.&lt;/b&gt; O pagamento foi devolvido, e o que ele pagava terminou.</translation>
    </message>
    <message>
        <source>Cannot ask the server about the payment right now (%1). Trying again…</source>
        <translation>Não é possível consultar o servidor sobre o pagamento agora (%1). Tentando de novo…</translation>
    </message>
    <message>
        <source>Could not make the receipt</source>
        <translation>Não foi possível gerar o recibo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Pet Info receipt %1.pdf</source>
        <translation>Recibo do Pet Info %1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Salvar o recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the receipt</source>
        <translation>Não foi possível salvar o recibo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tag claims: %1 / %2</source>
        <translation>Ativações de plaquinhas: %1 / %2</translation>
    </message>
    <message>
        <source>Tag claims: %1 (no limit)</source>
        <translation>Ativações de plaquinhas: %1 (sem limite)</translation>
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
            <numerusform>&lt;b&gt;%n plaquinha aguarda ativação.&lt;/b&gt; Os animais estão salvos; as plaquinhas funcionam assim que a organização comprar ativações aqui embaixo.</numerusform>
            <numerusform>&lt;b&gt;%n plaquinhas aguardam ativação.&lt;/b&gt; Os animais estão salvos; as plaquinhas funcionam assim que a organização comprar ativações aqui embaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not sold in that currency. Choose another currency.</source>
        <translation>Isto não é vendido nessa moeda. Escolha outra moeda.</translation>
    </message>
    <message>
        <source>The server no longer sells this. Press Refresh to see what it sells now.</source>
        <translation>O servidor não vende mais isto. Clique em Atualizar para ver o que ele vende agora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid.&lt;/b&gt; %1 for %2 through %3: its tag claims are added to the organisation&apos;s, and tags that waited for a claim work now.</source>
        <translation>&lt;b&gt;Pago.&lt;/b&gt; %1 por %2 via %3: as ativações de plaquinhas foram somadas às da organização, e as plaquinhas que aguardavam já funcionam.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The payment page expired&lt;/b&gt; before it was paid. Press Buy to start a new one.</source>
        <translation>&lt;b&gt;A página de pagamento expirou&lt;/b&gt; antes do pagamento. Clique em Comprar para começar outra.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag claim(s)</source>
        <translation>
            <numerusform>%n ativação de plaquinha</numerusform>
            <numerusform>%n ativações de plaquinhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::CompleteAdoptionDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Complete Adoption</source>
        <translation>Concluir a adoção</translation>
    </message>
    <message>
        <source>%1 becomes the owner of the reserved animals, which are marked adopted. Then the contract is saved, signed by you for the organisation.</source>
        <translation>%1 passa a ser tutor dos animais reservados, que ficam marcados como adotados. Depois o contrato é salvo, assinado por você em nome da organização.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Sua assinatura</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger</source>
        <translation>Assine com o mouse, uma caneta ou o dedo</translation>
    </message>
    <message>
        <source>Complete &amp;Adoption</source>
        <translation>Concluir a &amp;adoção</translation>
    </message>
    <message>
        <source>&amp;Signing for the organisation:</source>
        <translation>&amp;Assina pela organização:</translation>
    </message>
    <message>
        <source>Your signature (optional):</source>
        <translation>Sua assinatura (opcional):</translation>
    </message>
    <message>
        <source>Without a drawn signature the contract shows your typed name in its place.</source>
        <translation>Sem uma assinatura desenhada, o contrato mostra no lugar dela o nome que você digitou.</translation>
    </message>
    <message>
        <source>Too short to count as a signature: sign with your usual signature, or clear it.</source>
        <translation>Curta demais para valer como assinatura: assine como de costume, ou limpe.</translation>
    </message>
    <message>
        <source>Your drawn signature goes on the contract.</source>
        <translation>Sua assinatura desenhada vai no contrato.</translation>
    </message>
    <message>
        <source>Type your full name: it is printed under the signature for the organisation.</source>
        <translation>Digite seu nome completo: ele é impresso sob a assinatura da organização.</translation>
    </message>
    <message>
        <source>The drawing is too short to count as a signature. Sign again, or clear it to print your typed name instead.</source>
        <translation>O traço é curto demais para valer como assinatura. Assine de novo, ou limpe para imprimir no lugar o nome digitado.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictLogDialog</name>
    <message>
        <source>&amp;Put Back Overwritten Value</source>
        <translation>&amp;Recuperar valor sobrescrito</translation>
    </message>
    <message>
        <source>Conflict Log</source>
        <translation>Registro de conflitos</translation>
    </message>
    <message>
        <source>When two devices changed the same field before syncing, the later change was kept everywhere. Nothing is lost: the overwritten value is listed here and can be put back, which is a new change that syncs.</source>
        <translation>Quando dois dispositivos alteraram o mesmo campo antes de sincronizar, a alteração mais recente foi mantida em todos. Nada se perde: o valor sobrescrito aparece aqui e pode ser recuperado, o que é uma nova alteração que é sincronizada.</translation>
    </message>
    <message>
        <source>Make the overwritten value current again (a new edit that syncs)</source>
        <translation>Tornar atual de novo o valor sobrescrito (uma nova edição que é sincronizada)</translation>
    </message>
    <message>
        <source>Cannot read the conflict log</source>
        <translation>Não é possível ler o registro de conflitos</translation>
    </message>
    <message>
        <source>No conflicts: every change so far met no other change of the same field.</source>
        <translation>Nenhum conflito: até agora nenhuma alteração coincidiu com outra no mesmo campo.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 not put back.</source>
        <translation>
            <numerusform>%n conflito, %1 não recuperado.</numerusform>
            <numerusform>%n conflitos, %1 não recuperados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put the value back</source>
        <translation>Não foi possível recuperar o valor</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictModel</name>
    <message>
        <source>The lost value was put back on %1.</source>
        <translation>O valor perdido foi recuperado em %1.</translation>
    </message>
    <message>
        <source>%1 (put back)</source>
        <translation>%1 (recuperado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Valor mantido</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Mantido de</translation>
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
        <translation>Animal %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contato %1</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation>Contato de %1</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Registro de saúde de %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Observação sobre %1</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>Arquivo de %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Placa %1</translation>
    </message>
    <message>
        <source>Reminder for %1</source>
        <translation>Lembrete para %1</translation>
    </message>
    <message>
        <source>Message about %1</source>
        <translation>Mensagem sobre %1</translation>
    </message>
    <message>
        <source>Found report about %1</source>
        <translation>Aviso de animal encontrado sobre %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>O servidor</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Intake of %1</source>
        <translation>Entrada de %1</translation>
    </message>
    <message>
        <source>Adoption profile of %1</source>
        <translation>Perfil de adoção de %1</translation>
    </message>
    <message>
        <source>Status change %1</source>
        <translation>Mudança de situação %1</translation>
    </message>
    <message>
        <source>Adoption application from %1</source>
        <translation>Solicitação de adoção de %1</translation>
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
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ContactsPage</name>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nova pessoa</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>Tornar &amp;principal</translation>
    </message>
    <message>
        <source>Agrees to WhatsApp reminders</source>
        <translation>Aceita lembretes por WhatsApp</translation>
    </message>
    <message>
        <source>Type a person who is not in Pet Info yet</source>
        <translation>Digite uma pessoa que ainda não está no Pet Info</translation>
    </message>
    <message>
        <source>e.g. %1; several separated by commas</source>
        <translation>ex.: %1; vários separados por vírgulas</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Telefones:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Add an existing person: type a name, phone or e-mail</source>
        <translation>Adicionar uma pessoa existente: digite um nome, telefone ou e-mail</translation>
    </message>
    <message>
        <source>Add an existing person</source>
        <translation>Adicionar uma pessoa existente</translation>
    </message>
    <message>
        <source>People already in Pet Info (owners of other pets) are linked, not typed again: a change to their phone then shows on all their pets</source>
        <translation>Pessoas que já estão no Pet Info (tutores de outros animais) são vinculadas, não digitadas de novo: assim, uma mudança de telefone aparece em todos os animais delas</translation>
    </message>
    <message>
        <source>%1 is also a contact of %2. Changes to these details show on those pets too.</source>
        <translation>%1 também é contato de %2. As mudanças nestes dados aparecem também nesses animais.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta pessoa</translation>
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
        <translation>Importar animais de CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pet(s).</source>
        <translation>
            <numerusform>%n animal importado.</numerusform>
            <numerusform>%n animais importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar tudo como JSON</translation>
    </message>
    <message>
        <source>Export pets as CSV</source>
        <translation>Exportar animais como CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pet(s) to %1.</source>
        <translation>
            <numerusform>%n animal exportado para %1.</numerusform>
            <numerusform>%n animais exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Fazer backup em</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1)</source>
        <translation>Backups do Pet Info (*%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2).</source>
        <translation>Backup salvo em %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1);;All files (*)</source>
        <translation>Backups do Pet Info (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>Não é possível restaurar este backup</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Replace the current records with the backup from %1?

The current database is kept as a backup first, so this can be reversed.</source>
        <translation>Substituir os registros atuais pelo backup de %1?

O banco de dados atual é guardado antes como backup, então isso pode ser revertido.</translation>
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
        <translation>Escolher em um calendário (Alt+Seta para baixo)</translation>
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
        <translation>Seg</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DueModel</name>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>WhatsApp reminder</source>
        <translation>Lembrete por WhatsApp</translation>
    </message>
</context>
<context>
    <name>petinfo::client::EnrolmentPage</name>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>Não é possível acessar o servidor. Verifique o endereço e a rede.</translation>
    </message>
    <message>
        <source>The server does not know this token (mistyped or revoked).</source>
        <translation>O servidor não conhece este token (digitado errado ou revogado).</translation>
    </message>
    <message>
        <source>This token is not a kiosk&apos;s. Create a kiosk device in the desktop app and use its token.</source>
        <translation>Este token não é de um quiosque. Crie um dispositivo de quiosque no aplicativo de desktop e use o token dele.</translation>
    </message>
    <message>
        <source>The server refused the enrolment (%1).</source>
        <translation>O servidor recusou o cadastro (%1).</translation>
    </message>
    <message>
        <source>Enrol This Kiosk</source>
        <translation>Cadastrar este quiosque</translation>
    </message>
    <message>
        <source>Set Up the Adoption Kiosk</source>
        <translation>Configurar o quiosque de adoção</translation>
    </message>
    <message>
        <source>Set up the adoption kiosk</source>
        <translation>Configurar o quiosque de adoção</translation>
    </message>
    <message>
        <source>An administrator does this once: create a kiosk device on the server (the kiosk guide says how) and type its token here. Staff need the PIN to leave the kiosk.</source>
        <translation>Um administrador faz isto uma única vez: cria um dispositivo de quiosque no servidor (o guia do quiosque explica como) e digita o token dele aqui. A equipe precisa do PIN para sair do quiosque.</translation>
    </message>
    <message>
        <source>e.g. Adoption day at the park</source>
        <translation>ex.: Dia de adoção no parque</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Kiosk &amp;token:</source>
        <translation>&amp;Token do quiosque:</translation>
    </message>
    <message>
        <source>&amp;Event (optional):</source>
        <translation>&amp;Evento (opcional):</translation>
    </message>
    <message>
        <source>Staff &amp;PIN (%1 to %2 digits):</source>
        <translation>&amp;PIN da equipe (de %1 a %2 dígitos):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;de novo:</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, such as https://sync.example.org.</source>
        <translation>Digite o endereço do servidor, como https://sync.example.org.</translation>
    </message>
    <message>
        <source>Paste the kiosk device&apos;s token.</source>
        <translation>Cole o token do dispositivo de quiosque.</translation>
    </message>
    <message>
        <source>The staff PIN must be %1 to %2 digits.</source>
        <translation>O PIN da equipe deve ter de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Os dois PINs não são iguais. Digite o PIN de novo.</translation>
    </message>
    <message>
        <source>Enrolling the kiosk…</source>
        <translation>Cadastrando o quiosque…</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FieldIssueLabel</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalActions</name>
    <message>
        <source>&amp;Found Animals…</source>
        <translation>Animais &amp;encontrados…</translation>
    </message>
    <message>
        <source>Strays taken in, and the lost pets each may be (Ctrl+Shift+F)</source>
        <translation>Animais de rua recebidos e os animais perdidos que cada um pode ser (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Lost and Found</source>
        <translation>Ac&amp;hados e perdidos</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalDialog</name>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Escol&amp;her foto…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>Remo&amp;ver foto</translation>
    </message>
    <message>
        <source>Found Animal</source>
        <translation>Animal encontrado</translation>
    </message>
    <message>
        <source>e.g. mixed breed, Labrador</source>
        <translation>ex.: SRD, labrador</translation>
    </message>
    <message>
        <source>e.g. black with a white chest</source>
        <translation>ex.: preto com o peito branco</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
        <translation>como o leitor mostra</translation>
    </message>
    <message>
        <source>the code on a Pet Info tag, if it wore one</source>
        <translation>o código de uma placa do Pet Info, se usava uma</translation>
    </message>
    <message>
        <source>street, park or neighbourhood</source>
        <translation>rua, praça ou bairro</translation>
    </message>
    <message>
        <source>Collar, behaviour, who brought it in…</source>
        <translation>Coleira, comportamento, quem o trouxe…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>&amp;Espécie:</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>&amp;Breed:</source>
        <translation>&amp;Raça:</translation>
    </message>
    <message>
        <source>&amp;Colour and markings:</source>
        <translation>&amp;Cor e marcas:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Porte:</translation>
    </message>
    <message>
        <source>Estimated &amp;age:</source>
        <translation>&amp;Idade estimada:</translation>
    </message>
    <message>
        <source>&amp;Microchip:</source>
        <translation>&amp;Microchip:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Pl&amp;aca:</translation>
    </message>
    <message>
        <source>&amp;Where found:</source>
        <translation>&amp;Local onde foi encontrado:</translation>
    </message>
    <message>
        <source>&amp;Date found:</source>
        <translation>&amp;Data em que foi encontrado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Photo of the Found Animal</source>
        <translation>Foto do animal encontrado</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photo Not Used</source>
        <translation>Foto não usada</translation>
    </message>
    <message>
        <source>The photo is larger than 20 MB. Choose a smaller one.</source>
        <translation>A foto tem mais de 20 MB. Escolha uma menor.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>The file is not a picture this app can show (JPEG, PNG).</source>
        <translation>O arquivo não é uma imagem que este aplicativo consiga mostrar (JPEG, PNG).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundAnimalsWindow</name>
    <message>
        <source>Show &amp;reunited and closed</source>
        <translation>Mostrar &amp;reunidos e encerrados</translation>
    </message>
    <message>
        <source>&amp;New Found Animal…</source>
        <translation>&amp;Novo animal encontrado…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>C&amp;lose Without Match…</source>
        <translation>En&amp;cerrar sem correspondência…</translation>
    </message>
    <message>
        <source>&amp;This Is the Pet…</source>
        <translation>É este o &amp;animal…</translation>
    </message>
    <message>
        <source>Found Animals</source>
        <translation>Animais encontrados</translation>
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
        <translation>Onde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Lost pet</source>
        <translation>Animal perdido</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>The selected lost pet is this animal: it is home again and this record is closed</source>
        <translation>O animal perdido selecionado é este: ele voltou para casa e este registro é encerrado</translation>
    </message>
    <message>
        <source>&amp;Lost pets that may be this animal, best first:</source>
        <translation>Animais &amp;perdidos que podem ser este, os mais prováveis primeiro:</translation>
    </message>
    <message>
        <source>The found animals could not be read.</source>
        <translation>Não foi possível ler os animais encontrados.</translation>
    </message>
    <message>
        <source>No found animals. Record a stray with &quot;New Found Animal&quot;.</source>
        <translation>Nenhum animal encontrado. Registre um animal de rua com &quot;Novo animal encontrado&quot;.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>Found on %1 at %2</source>
        <translation>Encontrado em %1 em %2</translation>
    </message>
    <message>
        <source>Microchip: %1</source>
        <translation>Microchip: %1</translation>
    </message>
    <message>
        <source>The lost pets could not be read: %1</source>
        <translation>Não foi possível ler os animais perdidos: %1</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>Certa</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pontos</translation>
    </message>
    <message>
        <source>No lost pet of this organisation matches.</source>
        <translation>Nenhum animal perdido desta organização corresponde.</translation>
    </message>
    <message>
        <source>Delete Found Animal</source>
        <translation>Excluir animal encontrado</translation>
    </message>
    <message>
        <source>Delete the record of this found animal (%1)?</source>
        <translation>Excluir o registro deste animal encontrado (%1)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Não excluído</translation>
    </message>
    <message>
        <source>Close Without Match</source>
        <translation>Encerrar sem correspondência</translation>
    </message>
    <message>
        <source>Stop looking for this animal&apos;s family (adopted, transferred or gone)?</source>
        <translation>Parar de procurar a família deste animal (adotado, transferido ou não está mais)?</translation>
    </message>
    <message>
        <source>Close Record</source>
        <translation>Encerrar registro</translation>
    </message>
    <message>
        <source>Not Closed</source>
        <translation>Não encerrado</translation>
    </message>
    <message>
        <source>This animal is %1? %1 will no longer be shown as lost, and this record is closed as reunited.</source>
        <translation>Este animal é %1? %1 deixará de aparecer como perdido, e este registro é encerrado como reunido com a família.</translation>
    </message>
    <message>
        <source>Reunite</source>
        <translation>Reunir com a família</translation>
    </message>
    <message>
        <source>Not Reunited</source>
        <translation>Não reunido</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundBanner</name>
    <message>
        <source>Show found r&amp;eports</source>
        <translation>Ver avisos de &amp;encontrado</translation>
    </message>
    <message>
        <source>Found! %1 reported finding this pet on %2 at %3. Phone: %4.</source>
        <translation>Encontrado! %1 avisou que encontrou este animal em %2, em %3. Telefone: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n more new report(s).</source>
        <translation>
            <numerusform>Mais %n aviso novo.</numerusform>
            <numerusform>Mais %n avisos novos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundReportModel</name>
    <message>
        <source>Typed as %1</source>
        <translation>Digitado como %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Avisado em</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FoundReportsPage</name>
    <message>
        <source>&amp;Copy phone</source>
        <translation>&amp;Copiar telefone</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>&amp;Marcar todos como vistos</translation>
    </message>
    <message>
        <source>No one has reported finding this pet. While the pet is marked lost, its tag&apos;s page offers finders a form; what they send appears here and on every computer of the clinic.</source>
        <translation>Ninguém avisou que encontrou este animal. Enquanto ele estiver marcado como perdido, a página da placa oferece um formulário a quem o encontrar; o que for enviado aparece aqui e em todos os computadores da clínica.</translation>
    </message>
    <message>
        <source>Copy the finder&apos;s phone number, to call or message them</source>
        <translation>Copia o telefone de quem encontrou, para ligar ou enviar mensagem</translation>
    </message>
    <message>
        <source>Could not read the found reports</source>
        <translation>Não foi possível ler os avisos de encontrado</translation>
    </message>
    <message>
        <source>Could not mark the reports as seen</source>
        <translation>Não foi possível marcar os avisos como vistos</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, at %4.</source>
        <translation>%1 (%2) em %3, em %4.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::GalleryPage</name>
    <message>
        <source>All Animals</source>
        <translation>Todos os animais</translation>
    </message>
    <message>
        <source>Dogs</source>
        <translation>Cães</translation>
    </message>
    <message>
        <source>Cats</source>
        <translation>Gatos</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Qualquer idade</translation>
    </message>
    <message>
        <source>Under a year</source>
        <translation>Menos de um ano</translation>
    </message>
    <message>
        <source>1 to 7 years</source>
        <translation>De 1 a 7 anos</translation>
    </message>
    <message>
        <source>8 years and over</source>
        <translation>8 anos ou mais</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Qualquer porte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Good with Children</source>
        <translation>Se dá bem com crianças</translation>
    </message>
    <message>
        <source>Good with Dogs</source>
        <translation>Se dá bem com cães</translation>
    </message>
    <message>
        <source>Good with Cats</source>
        <translation>Se dá bem com gatos</translation>
    </message>
    <message>
        <source>Animals looking for a home</source>
        <translation>Animais procurando um lar</translation>
    </message>
    <message>
        <source>No animal matches all of these choices right now.</source>
        <translation>Nenhum animal corresponde a todas estas escolhas no momento.</translation>
    </message>
    <message>
        <source>Show All Animals</source>
        <translation>Mostrar todos os animais</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 animals</source>
        <translation>
            <numerusform>%n de %1 animais</numerusform>
            <numerusform>%n de %1 animais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animal(s) looking for a home</source>
        <translation>
            <numerusform>%n animal procurando um lar</numerusform>
            <numerusform>%n animais procurando um lar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthPage</name>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Adicionar registro…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Excluir registro</translation>
    </message>
    <message>
        <source>Record the next dose of the selected vaccine or treatment</source>
        <translation>Registrar a próxima dose da vacina ou do tratamento selecionado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Delete health record</source>
        <translation>Excluir registro de saúde</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot;? You can undo this with Ctrl+Z.</source>
        <translation>Excluir o registro &quot;%1&quot;? Você pode desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Could not change the record</source>
        <translation>Não foi possível alterar o registro</translation>
    </message>
    <message>
        <source>No health records yet. Add vaccines, dewormings, treatments and check-ups here.</source>
        <translation>Ainda não há registros de saúde. Adicione aqui vacinas, vermifugações, tratamentos e consultas.</translation>
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
            <numerusform>%n registro; nada vencido.</numerusform>
            <numerusform>%n registros; nada vencido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthRecordDialog</name>
    <message>
        <source>Due again on</source>
        <translation>Vence de novo em</translation>
    </message>
    <message>
        <source>New health record</source>
        <translation>Novo registro de saúde</translation>
    </message>
    <message>
        <source>e.g. Rabies, Nobivac DHPPi</source>
        <translation>ex.: Antirrábica, Nobivac DHPPi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produto:</translation>
    </message>
    <message>
        <source>&amp;Batch/lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Next due:</source>
        <translation>Pró&amp;xima dose:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>Aplicado p&amp;or:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Obser&amp;vações:</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renovar %1</translation>
    </message>
    <message>
        <source>Could not save the record</source>
        <translation>Não foi possível salvar o registro</translation>
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
        <translation>Substituído por um registro posterior do mesmo tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Batch/lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima dose</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Aplicado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>WhatsApp reminder</source>
        <translation>Lembrete por WhatsApp</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportDialog</name>
    <message>
        <source>&amp;Check rows</source>
        <translation>&amp;Verificar linhas</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import the others</source>
        <translation>Pu&amp;lar as linhas com erros e importar as outras</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import pets from CSV</source>
        <translation>Importar animais de CSV</translation>
    </message>
    <message>
        <source>1. Columns: what each column of the file holds</source>
        <translation>1. Colunas: o que cada coluna do arquivo contém</translation>
    </message>
    <message>
        <source>2. Rows: problems found before anything is written</source>
        <translation>2. Linhas: problemas encontrados antes de gravar qualquer coisa</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
    <message>
        <source>%1 could not be read as CSV: %2</source>
        <translation>Não foi possível ler %1 como CSV: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n data row(s), %2 columns, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n linha de dados, %2 colunas, separadas por &quot;%3&quot;.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n linhas de dados, %2 colunas, separadas por &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>The columns changed: check the rows again.</source>
        <translation>As colunas mudaram: verifique as linhas de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Verificando %n linha…</numerusform>
            <numerusform>Verificando %n linhas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>Não é possível verificar o arquivo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation>
            <numerusform>%n linha verificada: </numerusform>
            <numerusform>%n linhas verificadas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n pode ser importada</numerusform>
            <numerusform>%n podem ser importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n have errors and would be skipped</source>
        <translation>
            <numerusform>, %n tem erros e seria pulada</numerusform>
            <numerusform>, %n têm erros e seriam puladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n aviso</numerusform>
            <numerusform>, %n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n pet(s)…</source>
        <translation>
            <numerusform>Importando %n animal…</numerusform>
            <numerusform>Importando %n animais…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemas</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Salvar o relatório de problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Não foi possível salvar o relatório</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n pet(s)</source>
        <translation>
            <numerusform>&amp;Importar %n animal</numerusform>
            <numerusform>&amp;Importar %n animais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n add a vaccine to an animal listed above</source>
        <translation>
            <numerusform>, %n acrescenta uma vacina a um animal listado acima</numerusform>
            <numerusform>, %n acrescentam uma vacina a um animal listado acima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha de dados</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha no arquivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
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
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importa como</translation>
    </message>
</context>
<context>
    <name>petinfo::client::IntakeDialog</name>
    <message>
        <source>Record Intake</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finder, previous owner or sending shelter</source>
        <translation>Quem encontrou, tutor anterior ou abrigo de origem</translation>
    </message>
    <message>
        <source>&amp;Animal:</source>
        <translation>&amp;Animal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Came in as:</source>
        <translation>&amp;Entrou como:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>Trazido &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Obser&amp;vações:</translation>
    </message>
    <message>
        <source>&amp;Record Intake</source>
        <translation>&amp;Registrar entrada</translation>
    </message>
    <message>
        <source>Choose the animal. Add it as a pet first if it is not in the list.</source>
        <translation>Escolha o animal. Se ele não estiver na lista, cadastre-o primeiro como animal.</translation>
    </message>
    <message>
        <source>Enter the day the animal came in.</source>
        <translation>Informe o dia em que o animal entrou.</translation>
    </message>
    <message>
        <source>The phone number is not valid. Include the area code.</source>
        <translation>O número de telefone não é válido. Inclua o DDD.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::KioskController</name>
    <message>
        <source>Not enrolled: nothing is sent.</source>
        <translation>Não cadastrado: nada é enviado.</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>Conectado ao servidor.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No network: applications are kept safely on this kiosk and sent when the network is back.</source>
        <translation>Sem rede: as solicitações ficam guardadas com segurança neste quiosque e são enviadas quando a rede voltar.</translation>
    </message>
    <message>
        <source>The server no longer accepts this kiosk: an administrator must enrol it again. Applications are kept until then.</source>
        <translation>O servidor não aceita mais este quiosque: um administrador precisa cadastrá-lo de novo. Até lá, as solicitações são guardadas.</translation>
    </message>
    <message>
        <source>Sending failed; trying again soon. Applications are kept safely.</source>
        <translation>O envio falhou; tentando de novo em breve. As solicitações estão guardadas com segurança.</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>O quiosque não pode iniciar</translation>
    </message>
    <message>
        <source>The enrolment was not saved.</source>
        <translation>O cadastro do quiosque não foi salvo.</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation>Não é possível criar a pasta do banco de dados: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::KioskWindow</name>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Pet Info Adoption Kiosk</source>
        <translation>Quiosque de adoção do Pet Info</translation>
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
        <translation>Não foi possível carregar os animais</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animais</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>A vencer / vencidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>Não foi possível carregar a lista</translation>
    </message>
    <message>
        <source>Find by name, microchip, owner or phone (Ctrl+F)</source>
        <translation>Buscar por nome, microchip, tutor ou telefone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find pets</source>
        <translation>Buscar animais</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message numerus="yes">
        <source>Open health records due in the next %n day(s) or already overdue, most overdue first. Double-click a row to open the pet.</source>
        <translation>
            <numerusform>Registros de saúde que vencem no próximo %n dia ou já vencidos, os mais atrasados primeiro. Clique duas vezes em uma linha para abrir o animal.</numerusform>
            <numerusform>Registros de saúde que vencem nos próximos %n dias ou já vencidos, os mais atrasados primeiro. Clique duas vezes em uma linha para abrir o animal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Excluir definitiv&amp;amente…</translation>
    </message>
    <message>
        <source>Deleted pets stay here, with all their records, until you delete them for good.</source>
        <translation>Os animais excluídos ficam aqui, com todos os registros, até você excluí-los definitivamente.</translation>
    </message>
    <message>
        <source>Could not change the pet</source>
        <translation>Não foi possível alterar o animal</translation>
    </message>
    <message>
        <source>Delete pet</source>
        <translation>Excluir animal</translation>
    </message>
    <message>
        <source>Move %1 and all its records to the trash?

You can undo this with %2 or restore the pet from the Trash.</source>
        <translation>Mover %1 e todos os registros para a lixeira?

Você pode desfazer com %2 ou restaurar o animal pela Lixeira.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>%1 moved to the trash. Undo with %2.</source>
        <translation>%1 foi para a lixeira. Desfaça com %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete pets</source>
        <translation>Excluir animais</translation>
    </message>
    <message numerus="yes">
        <source>Move %n pets and all their records to the trash?

%1

You can undo this with %2 or restore the pets from the Trash.</source>
        <translation>
            <numerusform>Mover %n animal e todos os registros para a lixeira?

%1

Você pode desfazer com %2 ou restaurá-lo pela Lixeira.</numerusform>
            <numerusform>Mover %n animais e todos os registros para a lixeira?

%1

Você pode desfazer com %2 ou restaurá-los pela Lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pet(s)</source>
        <translation>
            <numerusform>Excluir %n animal</numerusform>
            <numerusform>Excluir %n animais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pet(s) moved to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n animal foi para a lixeira. Desfaça com %1.</numerusform>
            <numerusform>%n animais foram para a lixeira. Desfaça com %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore the pet</source>
        <translation>Não foi possível restaurar o animal</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restaurado.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Excluir definitivamente</translation>
    </message>
    <message>
        <source>Delete %1 and all its records for good? This cannot be undone.</source>
        <translation>Excluir %1 e todos os registros definitivamente? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Could not delete the pet</source>
        <translation>Não foi possível excluir o animal</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Refeito: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pet(s)</source>
        <translation>
            <numerusform>%n animal</numerusform>
            <numerusform>%n animais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pet(s)</source>
        <translation>
            <numerusform>%1 de %n animal</numerusform>
            <numerusform>%1 de %n animais</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue · %2 due soon</source>
        <translation>Vencidos: %1 · A vencer: %2</translation>
    </message>
    <message>
        <source>Due soon / overdue (%1)</source>
        <translation>A vencer / vencidos (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Lixeira (%1)</translation>
    </message>
    <message>
        <source>No pets yet. Add the first one with File &gt; New Pet (Ctrl+N), or import a CSV file.</source>
        <translation>Ainda não há animais. Adicione o primeiro em Arquivo &gt; Novo animal (Ctrl+N) ou importe um arquivo CSV.</translation>
    </message>
    <message>
        <source>No pet matches &quot;%1&quot;.</source>
        <translation>Nenhum animal corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>this pet</source>
        <translation>este animal</translation>
    </message>
    <message>
        <source>&amp;New Pet…</source>
        <translation>N&amp;ovo animal…</translation>
    </message>
    <message>
        <source>Add a pet (Ctrl+N)</source>
        <translation>Adicionar um animal (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open Pet…</source>
        <translation>Abrir anima&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Delete Pet…</source>
        <translation>Ex&amp;cluir animal…</translation>
    </message>
    <message>
        <source>Move the selected pets to the trash (Delete)</source>
        <translation>Mover os animais selecionados para a lixeira (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Busc&amp;ar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Pets as &amp;CSV…</source>
        <translation>A&amp;nimais como CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Tudo como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Fazer backup agora…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Pets</source>
        <translation>Ani&amp;mais</translation>
    </message>
    <message>
        <source>&amp;Due Soon / Overdue</source>
        <translation>A ven&amp;cer / vencidos</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>Li&amp;xeira</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;essoas</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;About Pet Info</source>
        <translation>Sobre o &amp;Pet Info</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <source>Pre&amp;ferences…</source>
        <translation>Preferênci&amp;as…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Exi&amp;bir</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Colu&amp;nas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferências salvas.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>petinfo::client::MergePeopleDialog</name>
    <message>
        <source>&amp;E-mail to keep:</source>
        <translation>&amp;E-mail a manter:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <source>Merge %1 — Pet Info</source>
        <translation>Mesclar %1 — Pet Info</translation>
    </message>
    <message>
        <source>Choose the other record of %1: the same person typed in twice.</source>
        <translation>Escolha o outro registro de %1: a mesma pessoa cadastrada duas vezes.</translation>
    </message>
    <message>
        <source>Find by name, phone, e-mail or pet</source>
        <translation>Buscar por nome, telefone, e-mail ou animal</translation>
    </message>
    <message>
        <source>Could not read the people</source>
        <translation>Não foi possível ler as pessoas</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Manter:</translation>
    </message>
    <message>
        <source>%1 (merge %2 into this record)</source>
        <translation>%1 (mesclar %2 neste registro)</translation>
    </message>
    <message>
        <source>the person you choose above</source>
        <translation>a pessoa que você escolher acima</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Merge.</source>
        <translation>Nada é alterado até você clicar em Mesclar.</translation>
    </message>
    <message>
        <source>phones: %1</source>
        <translation>telefones: %1</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>e-mail: %1</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>endereço: %1</translation>
    </message>
    <message>
        <source>%1 has no pets to move.</source>
        <translation>%1 não tem animais para mover.</translation>
    </message>
    <message>
        <source>The pets of %1 (%2) move to %3.</source>
        <translation>Os animais de %1 (%2) passam para %3.</translation>
    </message>
    <message>
        <source>%1 will then have %2.</source>
        <translation>Depois, %1 terá %2.</translation>
    </message>
    <message>
        <source>The e-mail %1 is not kept: a person has one e-mail.</source>
        <translation>O e-mail %1 não é mantido: cada pessoa tem um só e-mail.</translation>
    </message>
    <message>
        <source>%1 is then deleted, here and on every device after the next sync.</source>
        <translation>Depois, %1 é excluído aqui e em todos os dispositivos após a próxima sincronização.</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>O que acontece:</translation>
    </message>
    <message>
        <source>You can undo the merge with Ctrl+Z.</source>
        <translation>Você pode desfazer a mesclagem com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Não foi possível mesclar</translation>
    </message>
    <message>
        <source>Could not undo or redo the merge</source>
        <translation>Não foi possível desfazer nem refazer a mesclagem</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NoteModel</name>
    <message>
        <source>Printed on the health report</source>
        <translation>Impresso no relatório de saúde</translation>
    </message>
    <message>
        <source>Only for staff: not on reports</source>
        <translation>Só para a equipe: não vai nos relatórios</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>On report</source>
        <translation>No relatório</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NotesPage</name>
    <message>
        <source>Show on health &amp;reports</source>
        <translation>Mostrar nos &amp;relatórios de saúde</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nova observação</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Salvar observação</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Excluir observação</translation>
    </message>
    <message>
        <source>The health report goes to the owner. Leave this off for notes meant only for the clinic&apos;s staff.</source>
        <translation>O relatório de saúde vai para o tutor. Deixe desmarcado para observações só para a equipe da clínica.</translation>
    </message>
    <message>
        <source>Write a note: behaviour, diet, where the pet was found…</source>
        <translation>Escreva uma observação: comportamento, dieta, onde o animal foi encontrado…</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>Não foi possível salvar a observação</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir observação</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Excluir esta observação?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Não foi possível excluir a observação</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Escrita por %1, %2</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova observação</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PassphraseDialog</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase secreta</translation>
    </message>
    <message>
        <source>Protect your pet records</source>
        <translation>Proteja os registros dos seus animais</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pet Info keeps your records in an encrypted file. The system keychain cannot hold its key on this computer (there is none, or it stayed locked), so choose a passphrase instead.&lt;/p&gt;&lt;p&gt;You will need it every time you open Pet Info. &lt;b&gt;If you forget it, the records cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;O Pet Info guarda seus registros em um arquivo criptografado. O chaveiro do sistema não pode guardar a chave neste computador (não há um, ou ele continuou bloqueado), então escolha uma frase secreta.&lt;/p&gt;&lt;p&gt;Você vai precisar dela sempre que abrir o Pet Info. &lt;b&gt;Se esquecê-la, os registros não poderão ser recuperados.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Unlock Pet Info</source>
        <translation>Desbloquear o Pet Info</translation>
    </message>
    <message>
        <source>The records in %1 are protected by a passphrase.</source>
        <translation>Os registros em %1 estão protegidos por uma frase secreta.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase secreta do backup</translation>
    </message>
    <message>
        <source>A backup is encrypted like your records. To restore it on another computer, give it a passphrase of its own; otherwise it opens only here.</source>
        <translation>O backup é criptografado como os seus registros. Para restaurá-lo em outro computador, dê a ele uma frase secreta própria; caso contrário, ele só abre aqui.</translation>
    </message>
    <message>
        <source>Protect this backup with its own passphrase</source>
        <translation>Proteger este backup com uma frase secreta própria</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Unlock backup</source>
        <translation>Desbloquear backup</translation>
    </message>
    <message>
        <source>The backup %1 has its own passphrase.</source>
        <translation>O backup %1 tem uma frase secreta própria.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>The backup will use this database&apos;s key.</source>
        <translation>O backup usará a chave deste banco de dados.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember.</source>
        <translation>Use pelo menos %1 caracteres. Algumas palavras sem relação entre si são fáceis de lembrar.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Fraca: acrescente mais palavras ou caracteres.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Razoável.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muito forte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PaymentListModel</name>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Pago via</translation>
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
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Aumen&amp;tar zoom</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar à &amp;largura</translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation>Página i&amp;nteira</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Diminuir zoom (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Aumentar zoom (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation>Ajustar a página à largura da janela (Ctrl+0)</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas inteiras</translation>
    </message>
    <message>
        <source>The preview cannot be shown: the PDF could not be read.</source>
        <translation>Não é possível mostrar a visualização: o PDF não pôde ser lido.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Column of the People list: how many pets a person has.</extracomment>
        <translation>Animais</translation>
    </message>
    <message>
        <source>Pet names</source>
        <extracomment>Column of the People list: the names of a person&apos;s pets.</extracomment>
        <translation>Nomes dos animais</translation>
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
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <source>Find by name, phone, e-mail or pet</source>
        <translation>Buscar por nome, telefone, e-mail ou animal</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar pessoas</translation>
    </message>
    <message>
        <source>The selected person was typed in twice? Merge the two records into one</source>
        <translation>A pessoa selecionada foi cadastrada duas vezes? Mescle os dois registros em um</translation>
    </message>
    <message>
        <source>Could not load the people</source>
        <translation>Não foi possível carregar as pessoas</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with Ctrl+Z.</source>
        <translation>%1 foi mesclado em %2. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <source>No people yet. Owners and other contacts are added on a pet&apos;s Contacts tab, and each person is kept once for all their pets.</source>
        <translation>Ainda não há pessoas. Tutores e outros contatos são adicionados na aba Contatos de um animal, e cada pessoa é guardada uma vez só para todos os seus animais.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;.</source>
        <translation>Ninguém corresponde a &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PersonDialog</name>
    <message>
        <source>Agrees to WhatsApp reminders</source>
        <translation>Aceita lembretes por WhatsApp</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animais</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>e.g. %1; several separated by commas</source>
        <translation>ex.: %1; vários separados por vírgulas</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>This person was typed in twice? Merge the two records into one</source>
        <translation>Esta pessoa foi cadastrada duas vezes? Mescle os dois registros em um</translation>
    </message>
    <message>
        <source>Save the details (%1)</source>
        <translation>Salvar os dados (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Telefones:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Double-click a pet, or press Enter, to open it.</source>
        <translation>Clique duas vezes em um animal, ou pressione Enter, para abri-lo.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>This person is no longer in Pet Info: they were merged into another record.</source>
        <translation>Esta pessoa não está mais no Pet Info: foi mesclada em outro registro.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with an error.</source>
        <translation>Não salvo: corrija os campos marcados com erro.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Não foi possível salvar %1</translation>
    </message>
    <message>
        <source>Saved. All pets of %1 show the change.</source>
        <translation>Salvo. Todos os animais de %1 mostram a alteração.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Save the changes to %1 before opening the pet?</source>
        <translation>Salvar as alterações em %1 antes de abrir o animal?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before merging?</source>
        <translation>Salvar as alterações em %1 antes de mesclar?</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with Ctrl+Z.</source>
        <translation>%1 foi mesclado em %2. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Pets (%1)</source>
        <translation>Animais (%1)</translation>
    </message>
    <message>
        <source>%1%2 — Pet Info</source>
        <translation>%1%2 — Pet Info</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Salvar as alterações em %1 antes de fechar?</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PersonPetsModel</name>
    <message>
        <source>%1 (primary contact)</source>
        <extracomment>A person&apos;s role for a pet on their page, e.g. &quot;Owner (primary contact)&quot;.</extracomment>
        <translation>%1 (contato principal)</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
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
        <translation>sem animais</translation>
    </message>
    <message>
        <source>pets: %1 (%2)</source>
        <extracomment>In the list of people found: how many pets and their names, e.g. &quot;pets: 2 (Luna, Rex)&quot;.</extracomment>
        <translation>animais: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the people: %1</source>
        <translation>Não foi possível ler as pessoas: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetEditorDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;fazer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontatos</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Saúde</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>P&amp;eso</translation>
    </message>
    <message>
        <source>Photos &amp;&amp; &amp;documents</source>
        <translation>Fotos e &amp;documentos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>O&amp;bservações</translation>
    </message>
    <message>
        <source>&amp;Found reports</source>
        <translation>&amp;Avisos de encontrado</translation>
    </message>
    <message>
        <source>Save the profile and contacts (%1)</source>
        <translation>Salvar o perfil e os contatos (%1)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>%1 done. Undo with Ctrl+Z.</source>
        <translation>%1 feito. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Could not open the pet</source>
        <translation>Não foi possível abrir o animal</translation>
    </message>
    <message>
        <source>Save the new pet first</source>
        <translation>Salve o novo animal primeiro</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with an error.</source>
        <translation>Não salvo: corrija os campos marcados com erro.</translation>
    </message>
    <message>
        <source>Could not save the pet</source>
        <translation>Não foi possível salvar o animal</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n warning(s).</source>
        <translation>
            <numerusform>Salvo com %n aviso.</numerusform>
            <numerusform>Salvo com %n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>the new pet</source>
        <translation>o novo animal</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Salvar as alterações em %1 antes de fechar?</translation>
    </message>
    <message>
        <source>New pet</source>
        <translation>Novo animal</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>%1 — Pet Info</source>
        <translation>%1 — Pet Info</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetListModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>Só para a equipe</translation>
    </message>
    <message>
        <source>Enter the staff PIN to manage or leave the kiosk.</source>
        <translation>Digite o PIN da equipe para administrar ou sair do quiosque.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN da equipe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Esse PIN não está certo. Tente de novo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>PINs errados demais. Tente de novo em %1:%2.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PreferencesDialog</name>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Escolher &amp;logotipo…</translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation>Re&amp;mover logotipo</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>None: type every number with its country code</source>
        <translation>Nenhum: digitar cada número com o código do país</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>e.g. Veterinaria San Roque</source>
        <translation>ex.: Clínica Veterinária São Roque</translation>
    </message>
    <message>
        <source>Street and number
City, province</source>
        <translation>Rua e número
Cidade, estado</translation>
    </message>
    <message>
        <source>e.g. https://pets.example.org</source>
        <translation>ex.: https://pets.example.org</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>Clínica ou abrigo (impresso nos relatórios)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>QR tags</source>
        <translation>Placas QR</translation>
    </message>
    <message>
        <source>Public a&amp;ddress:</source>
        <translation>En&amp;dereço público:</translation>
    </message>
    <message>
        <source>Where a scanned tag opens the pet&apos;s page: your sync server&apos;s address on the internet.</source>
        <translation>Onde uma placa lida abre a página do animal: o endereço do seu servidor de sincronização na internet.</translation>
    </message>
    <message>
        <source>Leave empty to use the address the sync server gives: %1</source>
        <translation>Deixe vazio para usar o endereço informado pelo servidor de sincronização: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Pet Info.</source>
        <translation>O novo idioma passa a valer na próxima vez que o Pet Info for aberto.</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>Não é possível usar este logotipo</translation>
    </message>
    <message>
        <source>%1 is not an image Pet Info can read (%2).</source>
        <translation>%1 não é uma imagem que o Pet Info consiga ler (%2).</translation>
    </message>
    <message>
        <source>The image could not be converted.</source>
        <translation>Não foi possível converter a imagem.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Escolher um logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ProfilePage</name>
    <message>
        <source>Known</source>
        <translation>Conhecida</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>e.g. Zanahoria</source>
        <translation>ex.: Paçoca</translation>
    </message>
    <message>
        <source>15 digits, e.g. 982 000 123 456 789</source>
        <translation>15 dígitos, ex.: 982 000 123 456 789</translation>
    </message>
    <message>
        <source>Optional second chip</source>
        <translation>Segundo chip opcional</translation>
    </message>
    <message>
        <source>e.g. brown with a white chest</source>
        <translation>ex.: marrom com o peito branco</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>&amp;Espécie:</translation>
    </message>
    <message>
        <source>&amp;Breed:</source>
        <translation>&amp;Raça:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>Neu&amp;tered:</source>
        <translation>Cas&amp;trado:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>&amp;Data de nascimento:</translation>
    </message>
    <message>
        <source>&amp;Colour, markings:</source>
        <translation>&amp;Cor, marcas:</translation>
    </message>
    <message>
        <source>&amp;Microchip:</source>
        <translation>&amp;Microchip:</translation>
    </message>
    <message>
        <source>Second micr&amp;ochip:</source>
        <translation>Segundo micr&amp;ochip:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sit&amp;uação:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Alergias:</translation>
    </message>
    <message>
        <source>Con&amp;ditions:</source>
        <translation>Condições de saú&amp;de:</translation>
    </message>
    <message>
        <source>&amp;General notes:</source>
        <translation>Observações &amp;gerais:</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PublicPageBox</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>C&amp;hange Address…</source>
        <translation>Al&amp;terar endereço…</translation>
    </message>
    <message>
        <source>Public adoption page:</source>
        <translation>Página pública de adoção:</translation>
    </message>
    <message>
        <source>Public adoption page address</source>
        <translation>Endereço da página pública de adoção</translation>
    </message>
    <message>
        <source>Anyone can see your adoptable animals and apply at this address. Share it on your social networks; kennel cards link to each animal&apos;s page on it.</source>
        <translation>Qualquer pessoa pode ver seus animais para adoção e se candidatar neste endereço. Compartilhe nas suas redes sociais; as fichas de canil levam à página de cada animal nele.</translation>
    </message>
    <message>
        <source>Copy the address to paste it into a message or a post</source>
        <translation>Copiar o endereço para colar numa mensagem ou publicação</translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation>Abrir a página no seu navegador</translation>
    </message>
    <message>
        <source>Choose the last part of the address (admins only)</source>
        <translation>Escolher a última parte do endereço (só administradores)</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Não foi possível abrir a página</translation>
    </message>
    <message>
        <source>No web browser opened %1. Copy the address and open it by hand.</source>
        <translation>Nenhum navegador abriu %1. Copie o endereço e abra-o manualmente.</translation>
    </message>
    <message>
        <source>Asking the server for the public page&apos;s address…</source>
        <translation>Pedindo ao servidor o endereço da página pública…</translation>
    </message>
    <message>
        <source>The address of the public adoption page could not be read. %1</source>
        <translation>Não foi possível ler o endereço da página pública de adoção. %1</translation>
    </message>
    <message>
        <source>Your organisation has no public adoption page address yet.</source>
        <translation>Sua organização ainda não tem endereço para a página pública de adoção.</translation>
    </message>
    <message>
        <source>Your organisation has no public adoption page address yet: an admin can choose one.</source>
        <translation>Sua organização ainda não tem endereço para a página pública de adoção: um administrador pode escolher um.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s public address in Preferences to see the page&apos;s link.</source>
        <translation>Informe o endereço público do servidor em Preferências para ver o link da página.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PublicSlugDialog</name>
    <message>
        <source>Public Adoption Page Address</source>
        <translation>Endereço da página pública de adoção</translation>
    </message>
    <message>
        <source>3 to 40 lower-case letters, digits and dashes, e.g. the shelter&apos;s name. The old address stops working at once: update the links you shared. Codes on kennel cards keep working.</source>
        <translation>De 3 a 40 letras minúsculas, dígitos e hífens, por exemplo o nome do abrigo. O endereço antigo deixa de funcionar na hora: atualize os links que você compartilhou. Os códigos das fichas de canil continuam funcionando.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Another organisation has this address. Choose another one.</source>
        <translation>Outra organização tem este endereço. Escolha outro.</translation>
    </message>
    <message>
        <source>The server does not allow this address (some words are reserved). Choose another one.</source>
        <translation>O servidor não permite este endereço (algumas palavras são reservadas). Escolha outro.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can change the address.</source>
        <translation>Só um administrador da sua organização pode alterar o endereço.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderActions</name>
    <message>
        <source>WhatsApp &amp;Reminders…</source>
        <translation>&amp;Lembretes do WhatsApp…</translation>
    </message>
    <message>
        <source>Reminder &amp;Settings…</source>
        <translation>&amp;Configurações de lembretes…</translation>
    </message>
    <message>
        <source>Pending, sent, failed and uncertain WhatsApp messages (Ctrl+Shift+R)</source>
        <translation>Mensagens do WhatsApp pendentes, enviadas, com falha e incertas (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>When and how the organisation reminds owners on WhatsApp</source>
        <translation>Quando e como a organização lembra os tutores pelo WhatsApp</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Le&amp;mbretes</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp &amp;Message…</source>
        <translation>Agendar uma &amp;mensagem de WhatsApp…</translation>
    </message>
    <message>
        <source>Send the selected pet&apos;s owner a WhatsApp message at a date and time (Ctrl+Shift+W)</source>
        <translation>Enviar ao tutor do animal selecionado uma mensagem de WhatsApp em uma data e hora (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp Message</source>
        <translation>Agendar uma mensagem de WhatsApp</translation>
    </message>
    <message>
        <source>Select a pet first: the message goes to one of its owners.</source>
        <translation>Selecione um animal primeiro: a mensagem vai para um dos tutores.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderListModel</name>
    <message>
        <source>WhatsApp number check</source>
        <translation>Verificação do número de WhatsApp</translation>
    </message>
    <message>
        <source>Found pet alert</source>
        <translation>Alerta de animal encontrado</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Registro de saúde</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planejado</translation>
    </message>
    <message>
        <source>to be sent %1</source>
        <translation>a enviar em %1</translation>
    </message>
    <message>
        <source>%1
WhatsApp said: %2</source>
        <translation>%1
O WhatsApp respondeu: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal</translation>
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
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReminderSettingsDialog</name>
    <message>
        <source>Spanish (es)</source>
        <translation>Espanhol (es)</translation>
    </message>
    <message>
        <source>Portuguese, Brazil (pt-BR)</source>
        <translation>Português do Brasil (pt-BR)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Inglês (en)</translation>
    </message>
    <message>
        <source>Give at most 4 day counts from 0 to 365, such as &quot;14, 1&quot;.</source>
        <translation>Informe até 4 quantidades de dias entre 0 e 365, como &quot;14, 1&quot;.</translation>
    </message>
    <message>
        <source>The overdue reminder goes 1 to 90 days after the due date.</source>
        <translation>O lembrete de atraso é enviado de 1 a 90 dias após o vencimento.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as America/Argentina/Buenos_Aires.</source>
        <translation>Escolha um fuso horário da lista, como America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>The window must start before it ends, on at least one day.</source>
        <translation>O horário deve começar antes de terminar, em pelo menos um dia.</translation>
    </message>
    <message>
        <source>Template names use a-z, 0-9 and _; the default language needs one.</source>
        <translation>Os nomes de modelo usam a-z, 0-9 e _; o idioma padrão precisa de um.</translation>
    </message>
    <message>
        <source>Choose the kinds of record to remind of.</source>
        <translation>Escolha os tipos de registro a lembrar.</translation>
    </message>
    <message>
        <source>The server did not accept this setting.</source>
        <translation>O servidor não aceitou esta configuração.</translation>
    </message>
    <message>
        <source>Send WhatsApp &amp;reminders to owners who opted in</source>
        <translation>Enviar &amp;lembretes pelo WhatsApp aos tutores que aceitaram</translation>
    </message>
    <message>
        <source>One more &amp;when overdue, after</source>
        <translation>Mais um &amp;após o vencimento, depois de</translation>
    </message>
    <message>
        <source>WhatsApp Reminder Settings</source>
        <translation>Configurações de lembretes do WhatsApp</translation>
    </message>
    <message>
        <source>e.g. 14, 1</source>
        <translation>ex.: 14, 1</translation>
    </message>
    <message>
        <source>One reminder this many days before each due date; separate several with commas</source>
        <translation>Um lembrete esta quantidade de dias antes de cada vencimento; separe vários com vírgulas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Due soon template</source>
        <translation>Modelo de vencimento próximo</translation>
    </message>
    <message>
        <source>Overdue template</source>
        <translation>Modelo de atraso</translation>
    </message>
    <message>
        <source>WhatsApp code</source>
        <translation>Código do WhatsApp</translation>
    </message>
    <message>
        <source>The names of the message templates WhatsApp approved for the organisation. Each takes the pet&apos;s name, the product and the due date. Leave a language empty to write to its speakers in the default language.</source>
        <translation>Os nomes dos modelos de mensagem que o WhatsApp aprovou para a organização. Cada um recebe o nome do animal, o produto e a data de vencimento. Deixe um idioma vazio para escrever aos seus falantes no idioma padrão.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Remind of:</source>
        <translation>Lembrar:</translation>
    </message>
    <message>
        <source>&amp;Days before due:</source>
        <translation>&amp;Dias antes do vencimento:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Send &amp;between:</source>
        <translation>Enviar &amp;entre:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Nos dias:</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Idioma padrão:</translation>
    </message>
    <message>
        <source>Tem&amp;plates:</source>
        <translation>&amp;Modelos:</translation>
    </message>
    <message>
        <source>Could not read the reminder settings: %1</source>
        <translation>Não foi possível ler as configurações de lembretes: %1</translation>
    </message>
    <message>
        <source>WhatsApp is off on the server, so nothing is sent: the server has no WhatsApp Business configuration (missing: %1). Reminders are still planned and wait. Ask whoever runs the server to set it up.</source>
        <translation>O WhatsApp está desativado no servidor, então nada é enviado: o servidor não tem configuração do WhatsApp Business (falta: %1). Os lembretes continuam sendo planejados e aguardam. Peça a quem administra o servidor para configurá-lo.</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>Só administradores podem alterar estas configurações.</translation>
    </message>
    <message>
        <source>Give 1 to 4 day counts from 0 to 365, such as &quot;14, 1&quot;.</source>
        <translation>Informe de 1 a 4 quantidades de dias entre 0 e 365, como &quot;14, 1&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to remind of.</source>
        <translation>Escolha pelo menos um tipo de registro a lembrar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; choose one from the list.</source>
        <translation>&quot;%1&quot; não é um fuso horário que este computador conheça; escolha um da lista.</translation>
    </message>
    <message>
        <source>The window must start before it ends.</source>
        <translation>O horário deve começar antes de terminar.</translation>
    </message>
    <message>
        <source>Choose at least one day to send on.</source>
        <translation>Escolha pelo menos um dia de envio.</translation>
    </message>
    <message>
        <source>Template names use only a-z, 0-9 and _ (%1).</source>
        <translation>Os nomes de modelo usam só a-z, 0-9 e _ (%1).</translation>
    </message>
    <message>
        <source>The WhatsApp code of %1 must look like es or pt_BR.</source>
        <translation>O código do WhatsApp de %1 deve ser como es ou pt_BR.</translation>
    </message>
    <message>
        <source>Give the template names of the default language (%1).</source>
        <translation>Informe os nomes de modelo do idioma padrão (%1).</translation>
    </message>
    <message>
        <source>Could not save the reminder settings</source>
        <translation>Não foi possível salvar as configurações de lembretes</translation>
    </message>
</context>
<context>
    <name>petinfo::client::RemindersWindow</name>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) first.</source>
        <translation>Este banco de dados não está conectado a um servidor. Entre primeiro (menu Sincronização).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Não é possível acessar o servidor. Verifique a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer&apos;s sign-in. Sign in again.</source>
        <translation>O servidor não aceita mais o login deste computador. Entre de novo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Seu papel não permite isso.</translation>
    </message>
    <message>
        <source>The server does not know this message. Sync and try again.</source>
        <translation>O servidor não conhece esta mensagem. Sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>The server could not do it just now. Try again in a moment.</source>
        <translation>O servidor não conseguiu fazer isso agora. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Cancel Message…</source>
        <translation>&amp;Cancelar mensagem…</translation>
    </message>
    <message>
        <source>WhatsApp Reminders</source>
        <translation>Lembretes do WhatsApp</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Pet, owner, product or reason</source>
        <translation>Animal, tutor, produto ou motivo</translation>
    </message>
    <message>
        <source>Send a failed or uncertain message again (Ctrl+Enter)</source>
        <translation>Reenviar uma mensagem com falha ou incerta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel a reminder or message that has not gone out yet</source>
        <translation>Cancelar um lembrete ou uma mensagem que ainda não saiu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;até:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Could not read the reminders: %1</source>
        <translation>Não foi possível ler os lembretes: %1</translation>
    </message>
    <message>
        <source>No WhatsApp reminders yet. They appear here once the server plans them and this computer syncs.</source>
        <translation>Ainda não há lembretes do WhatsApp. Eles aparecem aqui quando o servidor os planeja e este computador sincroniza.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and planned reminder(s).</source>
        <translation>
            <numerusform>%n mensagem ou lembrete planejado.</numerusform>
            <numerusform>%n mensagens e lembretes planejados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown.</source>
        <translation>
            <numerusform>%1 de %n exibido.</numerusform>
            <numerusform>%1 de %n exibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>The server stopped while sending this message to %1, so it may have arrived. Send it again? If it did arrive, they get it twice.</source>
        <translation>O servidor parou enquanto enviava esta mensagem para %1, então ela pode ter chegado. Reenviar? Se chegou, a pessoa vai recebê-la duas vezes.</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>o tutor</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Could not send the message again</source>
        <translation>Não foi possível reenviar a mensagem</translation>
    </message>
    <message>
        <source>Queued to be sent again; the new state shows after the next sync.</source>
        <translation>Na fila para reenvio; o novo estado aparece após a próxima sincronização.</translation>
    </message>
    <message>
        <source>Cancel reminder</source>
        <translation>Cancelar lembrete</translation>
    </message>
    <message>
        <source>Cancel the planned reminder about %1? It will not be sent.</source>
        <translation>Cancelar o lembrete planejado sobre %1? Ele não será enviado.</translation>
    </message>
    <message>
        <source>Cancel the message about %1? It will not be sent.</source>
        <translation>Cancelar a mensagem sobre %1? Ela não será enviada.</translation>
    </message>
    <message>
        <source>Cancel Reminder</source>
        <translation>Cancelar lembrete</translation>
    </message>
    <message>
        <source>Could not cancel</source>
        <translation>Não foi possível cancelar</translation>
    </message>
    <message>
        <source>Cancelled; the list shows it after the next sync.</source>
        <translation>Cancelado; a lista mostra isso após a próxima sincronização.</translation>
    </message>
    <message>
        <source>This message can no longer be sent again: it went out or was cancelled meanwhile.</source>
        <translation>Esta mensagem não pode mais ser reenviada: ela saiu ou foi cancelada nesse meio-tempo.</translation>
    </message>
    <message>
        <source>This can no longer be cancelled: it went out meanwhile.</source>
        <translation>Isto não pode mais ser cancelado: saiu nesse meio-tempo.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportActions</name>
    <message>
        <source>&amp;Health Report…</source>
        <translation>&amp;Relatório de saúde…</translation>
    </message>
    <message>
        <source>Print QR &amp;Tags…</source>
        <translation>Imprimir &amp;placas QR…</translation>
    </message>
    <message>
        <source>&amp;Batch Health Reports…</source>
        <translation>Relatórios de saúde em &amp;lote…</translation>
    </message>
    <message>
        <source>Open Pet from &amp;QR Image…</source>
        <translation>Abrir animal por imagem &amp;QR…</translation>
    </message>
    <message>
        <source>Scan Tag with &amp;Camera…</source>
        <translation>Ler placa com a &amp;câmera…</translation>
    </message>
    <message>
        <source>Preview, save or print the selected pet&apos;s health report; with several pets selected, save all their reports in one PDF (Ctrl+R)</source>
        <translation>Visualizar, salvar ou imprimir o relatório de saúde do animal selecionado; com vários selecionados, salvar todos os relatórios em um PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Print QR tags for the selected pets, or blank tags (Ctrl+T)</source>
        <translation>Imprimir placas QR para os animais selecionados, ou placas em branco (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the health reports of all selected pets in one PDF</source>
        <translation>Salvar os relatórios de saúde de todos os animais selecionados em um PDF</translation>
    </message>
    <message>
        <source>Find the pet of a QR tag in a photo or scan</source>
        <translation>Encontrar o animal de uma placa QR em uma foto ou digitalização</translation>
    </message>
    <message>
        <source>Scan Tag with Camera (Not Available in This Version)</source>
        <translation>Ler placa com a câmera (indisponível nesta versão)</translation>
    </message>
    <message>
        <source>&amp;Tags &amp;&amp; Reports</source>
        <translation>&amp;Placas e relatórios</translation>
    </message>
    <message>
        <source>Scan Tag with Camera (No Camera Found)</source>
        <translation>Ler placa com a câmera (nenhuma câmera encontrada)</translation>
    </message>
    <message>
        <source>the selected pet</source>
        <translation>o animal selecionado</translation>
    </message>
    <message>
        <source>Health Report</source>
        <translation>Relatório de saúde</translation>
    </message>
    <message>
        <source>Select a pet in the list first.</source>
        <translation>Selecione um animal na lista primeiro.</translation>
    </message>
    <message>
        <source>Could not read the pet&apos;s records</source>
        <translation>Não foi possível ler os registros do animal</translation>
    </message>
    <message>
        <source>Batch Health Reports</source>
        <translation>Relatórios de saúde em lote</translation>
    </message>
    <message>
        <source>Select the pets in the list first (Ctrl+click or Shift+click selects several).</source>
        <translation>Selecione primeiro os animais na lista (Ctrl+clique ou Shift+clique seleciona vários).</translation>
    </message>
    <message>
        <source>Save Health Reports as PDF</source>
        <translation>Salvar relatórios de saúde como PDF</translation>
    </message>
    <message>
        <source>health reports.pdf</source>
        <translation>relatórios de saúde.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n health report(s)…</source>
        <translation>
            <numerusform>Gerando %n relatório de saúde…</numerusform>
            <numerusform>Gerando %n relatórios de saúde…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reports were saved.</source>
        <translation>Cancelado: nenhum relatório foi salvo.</translation>
    </message>
    <message>
        <source>Could not save the reports</source>
        <translation>Não foi possível salvar os relatórios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n health report(s) to %1.</source>
        <translation>
            <numerusform>%n relatório de saúde salvo em %1.</numerusform>
            <numerusform>%n relatórios de saúde salvos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Pet from QR Image</source>
        <translation>Abrir animal por imagem QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>Procurando um código QR…</translation>
    </message>
    <message>
        <source>No QR code found</source>
        <translation>Nenhum código QR encontrado</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Use a sharp photo with the whole tag in view, or a scan of the printed sheet.</source>
        <translation>Nenhum código QR foi encontrado em %1. Use uma foto nítida com a placa inteira à vista, ou uma digitalização da folha impressa.</translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation>Não é possível ler a imagem</translation>
    </message>
    <message>
        <source>%1 is not an image Pet Info can read, or it is damaged.</source>
        <translation>%1 não é uma imagem que o Pet Info consiga ler, ou está danificada.</translation>
    </message>
    <message>
        <source>Not a Pet Info tag</source>
        <translation>Não é uma placa do Pet Info</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a Pet Info tag. It says: %2</source>
        <translation>O código QR em %1 não é uma placa do Pet Info. Ele diz: %2</translation>
    </message>
    <message>
        <source>Could not look up the tag</source>
        <translation>Não foi possível consultar a placa</translation>
    </message>
    <message>
        <source>Unknown tag</source>
        <translation>Placa desconhecida</translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet in your records. To give it to a pet, select the pet in the list and scan the tag again.</source>
        <translation>A placa %1 não pertence a nenhum animal dos seus registros. Para atribuí-la a um animal, selecione-o na lista e leia a placa de novo.</translation>
    </message>
    <message>
        <source>Give Tag to Pet</source>
        <translation>Atribuir placa ao animal</translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet yet. Give it to %2?

A tag %2 had before stops opening %2&apos;s page.</source>
        <translation>A placa %1 ainda não pertence a nenhum animal. Atribuí-la a %2?

A placa que %2 tinha antes deixa de abrir a página de %2.</translation>
    </message>
    <message>
        <source>Give Tag</source>
        <translation>Atribuir placa</translation>
    </message>
    <message>
        <source>Could not give the tag</source>
        <translation>Não foi possível atribuir a placa</translation>
    </message>
    <message>
        <source>Tag %1 now belongs to %2.</source>
        <translation>A placa %1 agora pertence a %2.</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sem câmera</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Connect one, or open a photo of the tag with Open Pet from QR Image.</source>
        <translation>Nenhuma câmera foi encontrada neste computador. Conecte uma, ou abra uma foto da placa com Abrir animal por imagem QR.</translation>
    </message>
    <message>
        <source>This version of Pet Info was built without camera support. Open a photo of the tag with Open Pet from QR Image instead.</source>
        <translation>Esta versão do Pet Info foi compilada sem suporte a câmera. Abra uma foto da placa com Abrir animal por imagem QR.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>Unknown animal</source>
        <translation>Animal desconhecido</translation>
    </message>
    <message>
        <source>This adoption kennel card is for an animal that is not in your records (it may belong to another organisation, or was deleted).</source>
        <translation>Esta ficha de canil de adoção é de um animal que não está nos seus registros (pode ser de outra organização, ou foi excluído).</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Health Report: %1</source>
        <translation>Relatório de saúde: %1</translation>
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
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Salvar o relatório como arquivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimir o relatório (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando o relatório…</translation>
    </message>
    <message>
        <source>The report could not be made. %1</source>
        <translation>Não foi possível gerar o relatório. %1</translation>
    </message>
    <message>
        <source>%1 health report.pdf</source>
        <translation>relatório de saúde de %1.pdf</translation>
    </message>
    <message>
        <source>Save Health Report as PDF</source>
        <translation>Salvar relatório de saúde como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Não foi possível salvar o relatório</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>Salvo em %1. &lt;a href=&quot;%2&quot;&gt;Abrir pasta&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 health report</source>
        <translation>Relatório de saúde de %1</translation>
    </message>
    <message>
        <source>Print Health Report</source>
        <translation>Imprimir relatório de saúde</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimindo o relatório…</translation>
    </message>
    <message>
        <source>Could not print the report</source>
        <translation>Não foi possível imprimir o relatório</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ScanDialog</name>
    <message>
        <source>Hold the tag&apos;s QR code in front of the camera, about a hand&apos;s width away. The pet opens as soon as the code is read.</source>
        <translation>Segure o código QR da placa em frente à câmera, a um palmo de distância. O animal abre assim que o código for lido.</translation>
    </message>
    <message>
        <source>Scan a Tag with the Camera</source>
        <translation>Ler uma placa com a câmera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Câmera:</translation>
    </message>
    <message>
        <source>Use a &amp;Photo Instead…</source>
        <translation>Usar uma &amp;foto…</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>Nenhuma câmera foi encontrada.</translation>
    </message>
    <message>
        <source>Connect a camera and open this window again, or use a photo of the tag.</source>
        <translation>Conecte uma câmera e abra esta janela de novo, ou use uma foto da placa.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>Não é possível usar a câmera: %1</translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>Procurando um código QR…</translation>
    </message>
    <message>
        <source>Found tag %1.</source>
        <translation>Placa %1 encontrada.</translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag: %1</source>
        <translation>Este código QR não é uma placa do Pet Info: %1</translation>
    </message>
    <message>
        <source>Found an adoption kennel card.</source>
        <translation>Ficha de canil de adoção encontrada.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ScheduleMessageDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <source>e.g. Remember to bring the vaccination booklet to tomorrow&apos;s visit.</source>
        <translation>ex.: Lembre-se de trazer a carteira de vacinação na consulta de amanhã.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>Date and time in the organisation&apos;s time zone.</source>
        <translation>Data e hora no fuso horário da organização.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Prévia:</translation>
    </message>
    <message>
        <source>Schedule a WhatsApp Message</source>
        <translation>Agendar uma mensagem de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp message about %1, sent by the server at the time you choose (as the organisation&apos;s approved message template). It can be cancelled in the Reminders window until then.</source>
        <translation>Mensagem de WhatsApp sobre %1, enviada pelo servidor no horário que você escolher (como o modelo de mensagem aprovado da organização). Ela pode ser cancelada na janela Lembretes até lá.</translation>
    </message>
    <message>
        <source>The pet could not be read.</source>
        <translation>Não foi possível ler o animal.</translation>
    </message>
    <message>
        <source>The pet has no owner or fosterer to write to.</source>
        <translation>O animal não tem tutor nem lar temporário para quem escrever.</translation>
    </message>
    <message>
        <source>Whether this person can be reached could not be read.</source>
        <translation>Não foi possível saber se esta pessoa pode ser contatada.</translation>
    </message>
    <message>
        <source>No mobile number in international form: WhatsApp cannot reach them.</source>
        <translation>Nenhum celular em formato internacional: o WhatsApp não consegue contatá-la.</translation>
    </message>
    <message>
        <source>%1 is not verified: verify it on the person&apos;s page first.</source>
        <translation>%1 não está verificado: verifique-o primeiro na página da pessoa.</translation>
    </message>
    <message>
        <source>Opted out of WhatsApp messages.</source>
        <translation>Pediu para não receber mensagens de WhatsApp.</translation>
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
        <translation>(a mensagem)</translation>
    </message>
    <message>
        <source>%1, %2 at %3 — about %4:
%5</source>
        <translation>%1, %2 às %3 — sobre %4:
%5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to send WhatsApp messages.</source>
        <translation>Este banco de dados não está conectado a um servidor. Entre (menu Sincronização) para enviar mensagens de WhatsApp.</translation>
    </message>
    <message>
        <source>The server cannot be reached: scheduling needs a connection. Try again when online.</source>
        <translation>Não é possível acessar o servidor: agendar precisa de conexão. Tente de novo quando estiver online.</translation>
    </message>
    <message>
        <source>Choose a date and time still to come, at most a year ahead.</source>
        <translation>Escolha uma data e hora futuras, no máximo daqui a um ano.</translation>
    </message>
    <message>
        <source>Write the message (at most %1 characters).</source>
        <translation>Escreva a mensagem (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Choose whom to send it to.</source>
        <translation>Escolha para quem enviar.</translation>
    </message>
    <message>
        <source>WhatsApp notifications are off on the server: nothing can be sent. Ask the server&apos;s administrator to configure WhatsApp.</source>
        <translation>As notificações de WhatsApp estão desativadas no servidor: nada pode ser enviado. Peça ao administrador do servidor que configure o WhatsApp.</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan does not include WhatsApp messages. An admin can change the plan.</source>
        <translation>O plano da organização não inclui mensagens de WhatsApp. Um administrador pode mudar o plano.</translation>
    </message>
    <message>
        <source>This person has not verified their WhatsApp number (or opted out). Verify it on their page.</source>
        <translation>Esta pessoa não verificou o número de WhatsApp (ou pediu para não receber). Verifique-o na página dela.</translation>
    </message>
    <message>
        <source>This person is no longer an owner of the pet on the server. Sync and try again.</source>
        <translation>Esta pessoa não é mais tutora do animal no servidor. Sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>The pet is deceased or adopted out: nothing is sent about it.</source>
        <translation>O animal faleceu ou foi adotado: nada é enviado sobre ele.</translation>
    </message>
    <message>
        <source>This pet is not on the server yet. Sync, then try again.</source>
        <translation>Este animal ainda não está no servidor. Sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Seu papel não permite isso.</translation>
    </message>
    <message>
        <source>The server could not schedule it: %1</source>
        <translation>O servidor não conseguiu agendar: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SignInDialog</name>
    <message>
        <source>The server cannot be reached. Check the address and the network. (%1)</source>
        <translation>Não é possível acessar o servidor. Verifique o endereço e a rede. (%1)</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>E-mail ou senha incorretos.</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in: enter the 6-digit code from your authenticator app.</source>
        <translation>Esta conta usa verificação em duas etapas: digite o código de 6 dígitos do seu app autenticador.</translation>
    </message>
    <message>
        <source>That code is wrong, expired or already used. Wait for the next one.</source>
        <translation>Esse código está errado, expirou ou já foi usado. Aguarde o próximo.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Tentativas demais. Aguarde um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>O servidor não aceita mais este login. Entre de novo.</translation>
    </message>
    <message>
        <source>An account with this e-mail already exists: sign in instead.</source>
        <translation>Já existe uma conta com este e-mail: entre com ela.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later. (%1)</source>
        <translation>O servidor teve um problema. Tente mais tarde. (%1)</translation>
    </message>
    <message>
        <source>This address does not answer like a Pet Info server. (%1)</source>
        <translation>Este endereço não responde como um servidor do Pet Info. (%1)</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>O servidor recusou: %1</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Código de verificação:</translation>
    </message>
    <message>
        <source>Create a &amp;new organisation on this server</source>
        <translation>Criar uma &amp;nova organização neste servidor</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganização:</translation>
    </message>
    <message>
        <source>Sign In to Sync</source>
        <translation>Entrar para sincronizar</translation>
    </message>
    <message>
        <source>Sync keeps this computer&apos;s records and your other devices&apos; the same. Records already on this computer are added to your organisation&apos;s, never replaced.</source>
        <translation>A sincronização mantém iguais os registros deste computador e dos seus outros dispositivos. Os registros que já estão neste computador são somados aos da sua organização, nunca substituídos.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>6 digits, if your account uses them</source>
        <translation>6 dígitos, se a sua conta os usar</translation>
    </message>
    <message>
        <source>Veterinary clinic</source>
        <translation>Clínica veterinária</translation>
    </message>
    <message>
        <source>Animal shelter</source>
        <translation>Abrigo de animais</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>S&amp;ervidor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation name:</source>
        <translation>Nome da or&amp;ganização:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation>&amp;Criar e entrar</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>pelo menos 10 caracteres</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.org.</source>
        <translation>Digite o endereço do servidor, por exemplo https://sync.example.org.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Digite seu endereço de e-mail.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters.</source>
        <translation>Escolha uma senha de pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>Digite seu nome e o nome da organização.</translation>
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
        <translation>Você faz parte de várias organizações: escolha aquela para a qual este computador trabalha.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Sign here with your finger or the mouse</source>
        <translation>Assine aqui com o dedo ou o mouse</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Assine aqui</translation>
    </message>
</context>
<context>
    <name>petinfo::client::SlideshowPage</name>
    <message>
        <source>Touch the screen to see all the animals looking for a home</source>
        <translation>Toque na tela para ver todos os animais procurando um lar</translation>
    </message>
</context>
<context>
    <name>petinfo::client::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Back to the Gallery</source>
        <translation>Voltar para a galeria</translation>
    </message>
    <message>
        <source>Leave the Kiosk</source>
        <translation>Sair do quiosque</translation>
    </message>
    <message>
        <source>Every application has been sent.</source>
        <translation>Todas as solicitações foram enviadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to send</source>
        <translation>
            <numerusform>%n candidatura aguardando envio</numerusform>
            <numerusform>%n candidaturas aguardando envio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::StatusChangeDialog</name>
    <message>
        <source>&amp;Change Status</source>
        <translation>&amp;Alterar situação</translation>
    </message>
    <message>
        <source>Change Adoption Status</source>
        <translation>Alterar situação de adoção</translation>
    </message>
    <message>
        <source>Not in the adoption workflow yet</source>
        <translation>Ainda não está no processo de adoção</translation>
    </message>
    <message>
        <source>No status change is possible from here.</source>
        <translation>Nenhuma mudança de situação é possível a partir daqui.</translation>
    </message>
    <message>
        <source>Why, for the history (optional)</source>
        <translation>Motivo, para o histórico (opcional)</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Agora:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nova situação:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Obser&amp;vação:</translation>
    </message>
    <message>
        <source>Enter the day of the change.</source>
        <translation>Informe o dia da mudança.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>Sem login: os registros ficam neste computador</translation>
    </message>
    <message>
        <source>Signed in; not synced yet</source>
        <translation>Conectado; ainda não sincronizado</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizado há %n minuto</numerusform>
            <numerusform>Sincronizado há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: next try in %1</source>
        <translation>Offline: próxima tentativa em %1</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Entre de novo para sincronizar</translation>
    </message>
    <message>
        <source>Sync failed: retrying in %1</source>
        <translation>A sincronização falhou: nova tentativa em %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n alteração pendente</numerusform>
            <numerusform> · %n alterações pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>Enviar e receber alterações agora (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Sa&amp;ir…</translation>
    </message>
    <message>
        <source>&amp;Conflict Log…</source>
        <translation>Registro de con&amp;flitos…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Sin&amp;cronização</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Entrar &amp;de novo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Everything you enter is saved on this computer and will be sent when %1 can be reached again.</source>
        <translation>&lt;b&gt;Offline.&lt;/b&gt; Tudo o que você digitar fica salvo neste computador e será enviado quando %1 estiver acessível de novo.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server no longer accepts this computer.&lt;/b&gt; Your records are safe here; sign in again to keep syncing.</source>
        <translation>&lt;b&gt;O servidor não aceita mais este computador.&lt;/b&gt; Seus registros estão seguros aqui; entre de novo para continuar sincronizando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync failed.&lt;/b&gt; Your records are safe on this computer; Pet Info keeps trying. (%1)</source>
        <translation>&lt;b&gt;A sincronização falhou.&lt;/b&gt; Seus registros estão seguros neste computador; o Pet Info continua tentando. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of %1 on this computer? Syncing stops and the server forgets this computer&apos;s access.</source>
        <translation>Sair de %1 neste computador? A sincronização para e o servidor esquece o acesso deste computador.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Also remove the records from this computer? They stay on the server for %1, and signing in again brings them back.</source>
        <translation>Remover também os registros deste computador? Eles ficam no servidor por %1, e entrar de novo os traz de volta.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n alteração feita aqui ainda não chegou ao servidor e seria perdida.</numerusform>
            <numerusform>%n alterações feitas aqui ainda não chegaram ao servidor e seriam perdidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the local copy?</source>
        <translation>Remover a cópia local?</translation>
    </message>
    <message>
        <source>Remove from This Computer</source>
        <translation>Remover deste computador</translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>Não foi possível sair</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n pet tag(s) not active yet.&lt;/b&gt; The pets are saved and synced, but the organisation has used its tag claims: their tags work as soon as more are bought.</source>
        <translation>
            <numerusform>&lt;b&gt;%n plaquinha ainda não está ativa.&lt;/b&gt; Os animais estão salvos e sincronizados, mas a organização usou suas ativações de plaquinhas: elas funcionam assim que mais forem compradas.</numerusform>
            <numerusform>&lt;b&gt;%n plaquinhas ainda não estão ativas.&lt;/b&gt; Os animais estão salvos e sincronizados, mas a organização usou suas ativações de plaquinhas: elas funcionam assim que mais forem compradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan and &amp;Billing…</source>
        <translation>&amp;Plano e cobrança…</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TableColumns</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Redefinir colunas</translation>
    </message>
    <message>
        <source>Show the first columns in their first places, each as wide as its content</source>
        <translation>Mostrar as colunas originais nos lugares originais, cada uma da largura do seu conteúdo</translation>
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
        <translation>Novas placas em &amp;branco:</translation>
    </message>
    <message>
        <source>Print QR Tags</source>
        <translation>Imprimir placas QR</translation>
    </message>
    <message>
        <source>For selected pets (none selected)</source>
        <translation>Para os animais selecionados (nenhum selecionado)</translation>
    </message>
    <message numerus="yes">
        <source>For the %n selected pet(s)</source>
        <translation>
            <numerusform>Para o animal selecionado</numerusform>
            <numerusform>Para os %n animais selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of blank tags</source>
        <translation>Quantidade de placas em branco</translation>
    </message>
    <message>
        <source>Labels already peeled off the first sheet: printing starts after them.</source>
        <translation>Etiquetas já descoladas da primeira folha: a impressão começa depois delas.</translation>
    </message>
    <message>
        <source>Moves everything printed to the right (negative: to the left).</source>
        <translation>Move tudo o que é impresso para a direita (negativo: para a esquerda).</translation>
    </message>
    <message>
        <source>Moves everything printed down (negative: up).</source>
        <translation>Move tudo o que é impresso para baixo (negativo: para cima).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Placas</translation>
    </message>
    <message>
        <source>Blank tags are stored when you save or print them, so each printed tag can later be given to a pet by scanning it.</source>
        <translation>As placas em branco são registradas quando você as salva ou imprime, para que cada placa impressa possa depois ser atribuída a um animal ao ser lida.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Tag or label sheet:</source>
        <translation>Folha de &amp;placas ou etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Labels already used:</source>
        <translation>&amp;Etiquetas já usadas:</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Deslocamento da impressora</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Direita:</translation>
    </message>
    <message>
        <source>&amp;Down:</source>
        <translation>Para bai&amp;xo:</translation>
    </message>
    <message>
        <source>If a test sheet prints off the labels, measure by how much and enter it here. Remembered for next time.</source>
        <translation>Se uma folha de teste sair deslocada das etiquetas, meça quanto e informe aqui. Fica guardado para a próxima vez.</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation>Página pública</translation>
    </message>
    <message>
        <source>Each QR code opens this address followed by /t/ and the tag id: the pet&apos;s public page on your Pet Info server.</source>
        <translation>Cada código QR abre este endereço seguido de /t/ e o id da placa: a página pública do animal no seu servidor do Pet Info.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>Save the tags as a PDF file (Ctrl+S)</source>
        <translation>Salvar as placas como arquivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the tags (Ctrl+P)</source>
        <translation>Imprimir as placas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enter the public address of your Pet Info server (also in Preferences).</source>
        <translation>Digite o endereço público do seu servidor do Pet Info (também em Preferências).</translation>
    </message>
    <message>
        <source>This is this computer or a private network: a finder&apos;s phone cannot open it.</source>
        <translation>Este é este computador ou uma rede privada: o celular de quem encontrar o animal não consegue abri-lo.</translation>
    </message>
    <message>
        <source>This is not a valid web address (https://…).</source>
        <translation>Este não é um endereço web válido (https://…).</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 em %2.</translation>
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
            <numerusform>%n animal selecionado sem placa ficou de fora.</numerusform>
            <numerusform>%n animais selecionados sem placa ficaram de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n page(s).</source>
        <translation>
            <numerusform>A visualização mostra a primeira página.</numerusform>
            <numerusform>A visualização mostra as primeiras %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the public address of your Pet Info server to see the tags.</source>
        <translation>Digite o endereço público do seu servidor do Pet Info para ver as placas.</translation>
    </message>
    <message>
        <source>There are no tags to print.</source>
        <translation>Não há placas para imprimir.</translation>
    </message>
    <message>
        <source>Drawing the tags…</source>
        <translation>Desenhando as placas…</translation>
    </message>
    <message>
        <source>The tags could not be drawn. %1</source>
        <translation>Não foi possível desenhar as placas. %1</translation>
    </message>
    <message>
        <source>Cannot print the tags</source>
        <translation>Não é possível imprimir as placas</translation>
    </message>
    <message>
        <source>No server answers at %1, so a scanned tag would open nothing. Check the address (Edit &gt; Preferences) and the network, then try again.

%2</source>
        <translation>Nenhum servidor responde em %1, então uma placa lida não abriria nada. Verifique o endereço (Editar &gt; Preferências) e a rede e tente de novo.

%2</translation>
    </message>
    <message>
        <source>Could not create the blank tags</source>
        <translation>Não foi possível criar as placas em branco</translation>
    </message>
    <message>
        <source>blank tags.pdf</source>
        <translation>placas em branco.pdf</translation>
    </message>
    <message>
        <source>pet tags.pdf</source>
        <translation>placas dos animais.pdf</translation>
    </message>
    <message>
        <source>Save Tags as PDF</source>
        <translation>Salvar placas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the tags…</source>
        <translation>Salvando as placas…</translation>
    </message>
    <message>
        <source>Could not save the tags</source>
        <translation>Não foi possível salvar as placas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>QR tags</source>
        <translation>Placas QR</translation>
    </message>
    <message>
        <source>Printing the tags…</source>
        <translation>Imprimindo as placas…</translation>
    </message>
    <message>
        <source>Could not print the tags</source>
        <translation>Não foi possível imprimir as placas</translation>
    </message>
    <message>
        <source>Link adoptable animals to their &amp;adoption page</source>
        <translation>Ligar os animais para adoção à sua página de &amp;adoção</translation>
    </message>
    <message>
        <source>On kennel cards only. The card says &quot;Scan to adopt me&quot;; a visitor&apos;s phone opens the animal&apos;s page on your public adoption page, with the application form. Other cards and tags open the pet&apos;s tag page.</source>
        <translation>Só nas fichas de canil. A ficha diz “Escaneie para me adotar”; o celular do visitante abre a página do animal na sua página pública de adoção, com o formulário de candidatura. As outras fichas e plaquinhas abrem a página da plaquinha do pet.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) open the animal&apos;s adoption page.</source>
        <translation>
            <numerusform>%n ficha abre a página de adoção do animal.</numerusform>
            <numerusform>%n fichas abrem a página de adoção do animal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::ThankYouPage</name>
    <message>
        <source>Back to All Animals</source>
        <translation>Voltar para todos os animais</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Obrigado!</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Obrigado, %1!</translation>
    </message>
    <message>
        <source>Your application to adopt %1 is saved. The shelter will call or write to you soon.</source>
        <translation>Sua solicitação para adotar %1 foi salva. O abrigo vai ligar ou escrever para você em breve.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TrashModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightPage</name>
    <message>
        <source>&amp;Add weight</source>
        <translation>&amp;Adicionar peso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>No weighings yet. Add the first one on the left.</source>
        <translation>Ainda não há pesagens. Adicione a primeira à esquerda.</translation>
    </message>
    <message>
        <source>Date weighed</source>
        <translation>Data da pesagem</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso em quilogramas</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Could not save the weight</source>
        <translation>Não foi possível salvar o peso</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Could not change the weight</source>
        <translation>Não foi possível alterar o peso</translation>
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
        <translation>&amp;Verificar no WhatsApp</translation>
    </message>
    <message>
        <source>C&amp;onfirm Code</source>
        <translation>C&amp;onfirmar código</translation>
    </message>
    <message>
        <source>Re&amp;voke Opt-In…</source>
        <translation>&amp;Revogar consentimento…</translation>
    </message>
    <message>
        <source>Send a one-time code to the owner&apos;s WhatsApp: nothing else is sent to a number until its owner confirms it</source>
        <translation>Enviar um código de uso único ao WhatsApp do tutor: nada mais é enviado a um número até que o dono dele o confirme</translation>
    </message>
    <message>
        <source>Code the owner reads out</source>
        <translation>Código que o tutor lê em voz alta</translation>
    </message>
    <message>
        <source>The 6 digits the owner received; they can also reply &quot;SI&quot; to the message</source>
        <translation>Os 6 dígitos que o tutor recebeu; ele também pode responder &quot;SIM&quot; à mensagem</translation>
    </message>
    <message>
        <source>The owner no longer wants WhatsApp messages: opt them out and forget the verification</source>
        <translation>O tutor não quer mais mensagens de WhatsApp: descadastrá-lo e esquecer a verificação</translation>
    </message>
    <message>
        <source>The WhatsApp state could not be read.</source>
        <translation>Não foi possível ler a situação do WhatsApp.</translation>
    </message>
    <message>
        <source>No mobile number in international form: WhatsApp cannot be verified. Add one and save.</source>
        <translation>Nenhum celular em formato internacional: não é possível verificar o WhatsApp. Adicione um e salve.</translation>
    </message>
    <message>
        <source>Not verified: the number changed since %1 was confirmed. Nothing is sent to %2 until the owner confirms it.</source>
        <translation>Não verificado: o número mudou desde que %1 foi confirmado. Nada é enviado para %2 até que o tutor o confirme.</translation>
    </message>
    <message>
        <source>Not verified: nothing is sent to %1 until the owner confirms it.</source>
        <translation>Não verificado: nada é enviado para %1 até que o tutor o confirme.</translation>
    </message>
    <message>
        <source>Code sent to %1 at %2, not confirmed yet.</source>
        <translation>Código enviado para %1 às %2, ainda não confirmado.</translation>
    </message>
    <message>
        <source>The code could not be sent to %1: %2</source>
        <translation>Não foi possível enviar o código para %1: %2</translation>
    </message>
    <message>
        <source>Verified on %1 by the owner&apos;s reply.</source>
        <translation>Verificado em %1 pela resposta do tutor.</translation>
    </message>
    <message>
        <source>Verified on %1 by %2.</source>
        <translation>Verificado em %1 por %2.</translation>
    </message>
    <message>
        <source>Opted out: nothing is sent.</source>
        <translation>Descadastrado: nada é enviado.</translation>
    </message>
    <message>
        <source>Type the code the owner reads out, or ask them to reply &quot;SI&quot;.</source>
        <translation>Digite o código que o tutor lê em voz alta, ou peça que ele responda &quot;SIM&quot;.</translation>
    </message>
    <message>
        <source>Send a &amp;New Code</source>
        <translation>Enviar um &amp;novo código</translation>
    </message>
    <message>
        <source>A code is on its way to %1.</source>
        <translation>Um código está a caminho de %1.</translation>
    </message>
    <message>
        <source>Verified: %1 now gets reminders on WhatsApp.</source>
        <translation>Verificado: %1 agora recebe lembretes pelo WhatsApp.</translation>
    </message>
    <message>
        <source>Revoke WhatsApp Opt-In</source>
        <translation>Revogar consentimento do WhatsApp</translation>
    </message>
    <message>
        <source>Nothing more will be sent to this person on WhatsApp, and their number must be verified again to receive reminders. Revoke?</source>
        <translation>Nada mais será enviado a esta pessoa pelo WhatsApp, e o número dela precisará ser verificado de novo para receber lembretes. Revogar?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Opted out: nothing more is sent on WhatsApp. The change reaches the other computers with the next sync.</source>
        <translation>Descadastrado: nada mais é enviado pelo WhatsApp. A mudança chega aos outros computadores na próxima sincronização.</translation>
    </message>
    <message>
        <source>This database is not signed in to a server. Sign in (Sync menu) to verify numbers.</source>
        <translation>Este banco de dados não está conectado a um servidor. Entre (menu Sincronização) para verificar números.</translation>
    </message>
    <message>
        <source>The server cannot be reached: verifying needs a connection. Try again when online.</source>
        <translation>Não é possível acessar o servidor: verificar precisa de conexão. Tente de novo quando estiver online.</translation>
    </message>
    <message>
        <source>WhatsApp notifications are off on the server: it cannot send codes. Ask the server&apos;s administrator to configure WhatsApp.</source>
        <translation>As notificações de WhatsApp estão desativadas no servidor: ele não pode enviar códigos. Peça ao administrador do servidor que configure o WhatsApp.</translation>
    </message>
    <message>
        <source>The organisation&apos;s plan does not include WhatsApp messages. An admin can change the plan.</source>
        <translation>O plano da organização não inclui mensagens de WhatsApp. Um administrador pode mudar o plano.</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again in a minute.</source>
        <translation>Foram pedidos códigos demais. Tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again in %1 minutes.</source>
        <translation>Foram pedidos códigos demais. Tente de novo em %1 minutos.</translation>
    </message>
    <message>
        <source>That is not the code. 1 try left.</source>
        <translation>Esse não é o código. Resta 1 tentativa.</translation>
    </message>
    <message>
        <source>That is not the code. %1 tries left.</source>
        <translation>Esse não é o código. Restam %1 tentativas.</translation>
    </message>
    <message>
        <source>That is not the code, and no tries are left: send a new code.</source>
        <translation>Esse não é o código, e não restam tentativas: envie um novo código.</translation>
    </message>
    <message>
        <source>A code is 6 digits.</source>
        <translation>Um código tem 6 dígitos.</translation>
    </message>
    <message>
        <source>The code has expired: send a new one.</source>
        <translation>O código expirou: envie um novo.</translation>
    </message>
    <message>
        <source>Too many wrong codes: send a new one.</source>
        <translation>Códigos errados demais: envie um novo.</translation>
    </message>
    <message>
        <source>No code is open for this person (it was used, or never sent): send a new one.</source>
        <translation>Não há código aberto para esta pessoa (já foi usado ou nunca foi enviado): envie um novo.</translation>
    </message>
    <message>
        <source>The number changed since the code was sent: send a new code.</source>
        <translation>O número mudou desde que o código foi enviado: envie um novo código.</translation>
    </message>
    <message>
        <source>The server has no mobile number for this person yet. Save the number, sync, and try again.</source>
        <translation>O servidor ainda não tem um celular para esta pessoa. Salve o número, sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>This person is not on the server yet. Sync, then try again.</source>
        <translation>Esta pessoa ainda não está no servidor. Sincronize e tente de novo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Seu papel não permite isso.</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer&apos;s sign-in. Sign in again.</source>
        <translation>O servidor não aceita mais o login deste computador. Entre de novo.</translation>
    </message>
    <message>
        <source>The server could not do it: %1</source>
        <translation>O servidor não conseguiu fazer isso: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::report::AdoptionContract</name>
    <message>
        <source>No adoption fee</source>
        <translation>Sem taxa de adoção</translation>
    </message>
    <message>
        <source>Adoption contract</source>
        <translation>Contrato de adoção</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>The animal</source>
        <translation>O animal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>The adopter</source>
        <translation>O adotante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Adoption fee</source>
        <translation>Taxa de adoção</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termos</translation>
    </message>
    <message>
        <source>Consent given with the application</source>
        <translation>Consentimento dado com a solicitação</translation>
    </message>
    <message>
        <source>1. The adopter takes the animal into their home as a companion, and will give it food, water, shelter, veterinary care when needed, its vaccinations and affection.
2. The adopter will not sell, give away or abandon the animal. If they can no longer keep it, they will return it to the organisation.
3. The adopter will keep the animal&apos;s identification (tag and microchip) and tell the organisation when their address or phone number changes.
4. The organisation may contact the adopter to ask how the animal is doing.
5. The adoption fee supports the care of other animals and is not refunded.</source>
        <translation>1. O adotante recebe o animal em sua casa como companhia e lhe dará alimento, água, abrigo, atendimento veterinário quando necessário, suas vacinas e carinho.
2. O adotante não venderá, doará nem abandonará o animal. Se não puder mais ficar com ele, o devolverá à organização.
3. O adotante manterá a identificação do animal (placa e microchip) e avisará a organização quando mudar de endereço ou de telefone.
4. A organização pode entrar em contato com o adotante para saber como o animal está.
5. A taxa de adoção ajuda a cuidar de outros animais e não é reembolsada.</translation>
    </message>
    <message>
        <source>%1 — adoption contract, %2. Generated %3 by Pet Info. Page %4 of %5</source>
        <translation>%1 — contrato de adoção, %2. Gerado em %3 pelo Pet Info. Página %4 de %5</translation>
    </message>
    <message>
        <source>Adopter (typed name, consent accepted), %1</source>
        <translation>Adotante (nome digitado, consentimento aceito), %1</translation>
    </message>
    <message>
        <source>Adopter, %1</source>
        <translation>Adotante, %1</translation>
    </message>
    <message>
        <source>For %1, %2</source>
        <translation>Por %1, %2</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>a organização</translation>
    </message>
    <message>
        <source>Adoption contract: %1</source>
        <translation>Contrato de adoção: %1</translation>
    </message>
</context>
<context>
    <name>petinfo::report::DomainText</name>
    <message>
        <source>Dog</source>
        <translation>Cachorro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Coelho</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Réptil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Fêmea</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation>Não</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Com tutor</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>Sob cuidados</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>Para adoção</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adotado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacina</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Vermifugação</translation>
    </message>
    <message>
        <source>Flea and tick</source>
        <translation>Pulgas e carrapatos</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirurgia</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Consulta de rotina</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>Exame laboratorial</translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation>menos de um mês</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
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
        <translation>%1 — relatório de saúde</translation>
    </message>
    <message>
        <source>Generated %1 by Pet Info</source>
        <translation>Gerado em %1 pelo Pet Info</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Health report: %1</source>
        <translation>Relatório de saúde: %1</translation>
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
        <translation>Vence em breve</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Em dia</translation>
    </message>
    <message>
        <source>HEALTH REPORT</source>
        <translation>RELATÓRIO DE SAÚDE</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimada)</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raça</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Cor e marcas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Tutor</translation>
    </message>
    <message>
        <source>No owner recorded.</source>
        <translation>Nenhum tutor registrado.</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>Allergies and conditions</source>
        <translation>Alergias e condições de saúde</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Condições de saúde: %1</translation>
    </message>
    <message>
        <source>Vaccines</source>
        <translation>Vacinas</translation>
    </message>
    <message>
        <source>No vaccines recorded.</source>
        <translation>Nenhuma vacina registrada.</translation>
    </message>
    <message>
        <source>Vaccines (continued)</source>
        <translation>Vacinas (continuação)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacina</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Aplicado por</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima dose</translation>
    </message>
    <message>
        <source>Deworming and parasite control</source>
        <translation>Vermifugação e controle de parasitas</translation>
    </message>
    <message>
        <source>No deworming or parasite treatments recorded.</source>
        <translation>Nenhuma vermifugação ou tratamento antiparasitário registrado.</translation>
    </message>
    <message>
        <source>Deworming and parasite control (continued)</source>
        <translation>Vermifugação e controle de parasitas (continuação)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Treatments and procedures</source>
        <translation>Tratamentos e procedimentos</translation>
    </message>
    <message>
        <source>No treatments or procedures recorded.</source>
        <translation>Nenhum tratamento ou procedimento registrado.</translation>
    </message>
    <message>
        <source>Treatments and procedures (continued)</source>
        <translation>Tratamentos e procedimentos (continuação)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>No weights recorded.</source>
        <translation>Nenhum peso registrado.</translation>
    </message>
    <message>
        <source>Weight (continued)</source>
        <translation>Peso (continuação)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Change (kg)</source>
        <translation>Variação (kg)</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sem observações.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
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
        <translation>Recibo de pagamento</translation>
    </message>
    <message>
        <source>Payment receipt — %1</source>
        <translation>Recibo de pagamento — %1</translation>
    </message>
    <message>
        <source>Pet Info subscription</source>
        <translation>Assinatura do Pet Info</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>This payment was returned (%1): it no longer pays for the plan.</source>
        <translation>Este pagamento foi devolvido (%1): ele não paga mais o plano.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número do recibo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Pago via</translation>
    </message>
    <message>
        <source>Provider&apos;s reference</source>
        <translation>Referência do provedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Generated %1 by Pet Info.</source>
        <translation>Gerado em %1 pelo Pet Info.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Pet Info add-on, paid once</source>
        <translation>Complemento do Pet Info, pagamento único</translation>
    </message>
    <message>
        <source>This payment was returned (%1): what the add-on granted was taken back.</source>
        <translation>Este pagamento foi devolvido (%1): o que o complemento concedia foi retirado.</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Concede</translation>
    </message>
</context>
<context>
    <name>petinfo::report::ReportError</name>
    <message>
        <source>The public address of the server is not a valid web address.</source>
        <translation>O endereço público do servidor não é um endereço web válido.</translation>
    </message>
    <message>
        <source>The public address points at this computer or a private network, which a finder&apos;s phone cannot open. Use the address your sync server has on the internet, e.g. https://pets.example.org.</source>
        <translation>O endereço público aponta para este computador ou uma rede privada, que o celular de quem encontrar o animal não consegue abrir. Use o endereço do seu servidor de sincronização na internet, ex.: https://pets.example.org.</translation>
    </message>
    <message>
        <source>The tag id is not valid.</source>
        <translation>O id da placa não é válido.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>O texto é longo demais para um código QR.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of the application to be started.</source>
        <translation>Para imprimir, a parte gráfica do aplicativo precisa estar iniciada.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Não há nada para imprimir.</translation>
    </message>
    <message>
        <source>The label layout does not fit on its page.</source>
        <translation>O formato de etiquetas não cabe na página.</translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation>Não foi possível abrir a impressora ou o arquivo PDF para desenhar.</translation>
    </message>
    <message>
        <source>The PDF file could not be saved.</source>
        <translation>Não foi possível salvar o arquivo PDF.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>Não é possível ler a imagem.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Nenhum código QR foi encontrado na imagem.</translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag.</source>
        <translation>Este código QR não é uma placa do Pet Info.</translation>
    </message>
    <message>
        <source>This tag belongs to another Pet Info server.</source>
        <translation>Esta placa pertence a outro servidor do Pet Info.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erro desconhecido.</translation>
    </message>
    <message>
        <source>The animal&apos;s id is not valid.</source>
        <translation>O identificador do animal não é válido.</translation>
    </message>
    <message>
        <source>The public page address must be 3 to 40 characters: lower-case letters, digits and single dashes between them.</source>
        <translation>O endereço da página pública deve ter de 3 a 40 caracteres: letras minúsculas, dígitos e hífens simples entre eles.</translation>
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
        <translation>Leia para registrar / reivindicar</translation>
    </message>
    <message>
        <source>If found, please scan me</source>
        <translation>Se me encontrar, leia meu QR</translation>
    </message>
    <message>
        <source>Scan to claim</source>
        <translation>Leia para reivindicar</translation>
    </message>
    <message>
        <source>If found, please scan</source>
        <translation>Se me encontrar, leia o QR</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espécie</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Chegou</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>neutered</source>
        <translation>castrado</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
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
        <translation>Condições de saúde: %1</translation>
    </message>
    <message>
        <source>Scan to register this tag</source>
        <translation>Leia para registrar esta placa</translation>
    </message>
    <message>
        <source>Scan for this pet&apos;s page</source>
        <translation>Leia para ver a página deste animal</translation>
    </message>
    <message>
        <source>Scan to adopt me</source>
        <translation>Escaneie para me adotar</translation>
    </message>
    <message>
        <source>My photos, my story and the application form, on your phone.</source>
        <translation>Minhas fotos, minha história e o formulário de candidatura, no seu celular.</translation>
    </message>
</context>
</TS>
