"""The petition documents, the refusal notice and the case file: service sources → worded data → PDF, kept."""

from __future__ import annotations

from desk_app.documents.letterhead import letterhead
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Category, Handling, PetitionSource, RefusalReason, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_docs import NoticeOutcome, PersonFacts
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.i18n.labels import PETITION_SOURCE, SUBJECT_FIELD
from desk_app.printing.forms.case_file import CaseFileData, render_case_file
from desk_app.printing.forms.complaint_acceptance import ComplaintAcceptanceData, render_complaint_acceptance
from desk_app.printing.forms.guidance_letter import GuidanceLetterData, render_guidance_letter
from desk_app.printing.forms.petition_parts import SignerLines, sentence
from desk_app.printing.forms.proposal_slip import ProposalSlipData, render_proposal_slip
from desk_app.printing.forms.refusal_notice import RefusalNoticeData, render_refusal_notice
from desk_app.printing.forms.result_notice import ResultNoticeData, render_result_notice
from desk_app.printing.forms.transfer_slip import TransferSlipData, render_transfer_slip
from desk_app.services.citizens.case_file import CaseFileService, CaseFileSource
from desk_app.services.documents import KeptDocument
from desk_app.services.petitions.document_types import PetitionDocumentSource, PetitionFacts, RefusalSource
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.registry import Services
from desk_app.services.schedule.conclusion_types import Signer


def signer_lines(signer: Signer) -> SignerLines:
    return SignerLines(signer.authority, signer.title, signer.name)


def _author(p: PetitionFacts) -> PersonFacts:
    if p.author is None:
        raise ValueError("no author")  # the service refuses letters without one first
    return p.author


def source_text(p: PetitionFacts) -> str:
    """ "Nguồn đơn: … — Ban Tiếp công dân tỉnh chuyển đến theo văn bản số 12/BTCD ngày 05/11/2026."."""
    source = PETITION_SOURCE[p.source]
    if (
        not (p.source.is_forwarded or p.source is PetitionSource.KHAC)
        or not (p.forwarded_by_org or "").strip()
    ):
        return vf.PROPOSAL_SOURCE.format(source=source)
    doc = ""
    if p.forwarded_doc_no:
        dated = (
            vf.PROPOSAL_FORWARDED_DATED.format(date=fmt_date(p.forwarded_doc_date))
            if p.forwarded_doc_date
            else ""
        )
        doc = vf.PROPOSAL_FORWARDED_DOC.format(no=p.forwarded_doc_no, dated=dated)
    return vf.PROPOSAL_FORWARDED.format(source=source, org=p.forwarded_by_org, doc=doc)


def proposal_data(src: PetitionDocumentSource) -> ProposalSlipData:
    p, d = src.petition, src.decision
    assert d is not None and src.internal_no is not None
    return ProposalSlipData(
        letterhead=letterhead(src.office), issued_on=src.issued_on, internal_no=src.internal_no,
        addressee=src.addressee or src.office.head_title.capitalize(), office_name=src.office.office_name,
        register_label=p.label, received_date=p.received_date, source_text=source_text(p), category=p.category,
        summary=p.summary, handling=d.handling, proposer_name=d.proposer_name,
        petitioners=((p.author, *p.co_signers) if p.author else ()), author_masked=p.author_masked,
        signer_count=p.signer_count, letter_date=p.letter_date, respondent=p.respondent,
        field_text=SUBJECT_FIELD[p.field] if p.field else None, earlier=src.earlier,
        within_competence=p.within_competence, competent_body=p.competent_body, legal_basis=d.legal_basis,
        target_body=d.target_body, reason=d.reason, approved=d.approved, leader_opinion=d.leader_opinion,
        approver_name=d.approver_name, approved_on=d.approved_on, texts=src.texts,
    )  # fmt: skip


def guidance_data(src: PetitionDocumentSource) -> GuidanceLetterData:
    p = src.petition
    return GuidanceLetterData(
        letterhead=letterhead(src.office, src.number_text), issued_on=src.issued_on,
        office_name=src.office.office_name, addressee=_author(p), category=p.category,
        received_date=p.received_date, summary=p.summary, competent_body=src.target_body or "",
        signer=signer_lines(src.signer), letter_date=p.letter_date,
        legal_basis=src.decision.legal_basis if src.decision else None, recipients=src.recipients,
        texts=src.texts,
    )  # fmt: skip


def transfer_data(src: PetitionDocumentSource) -> TransferSlipData:
    """The slip: a denunciation's author is absent from the source already (sender stays None)."""
    p = src.petition
    sender = None
    if p.author is not None and not p.author_masked and p.category is not Category.TO_CAO:
        sender = ", ".join(x for x in (vf.SENDER.format(name=p.author.name), p.author.address) if x)
    return TransferSlipData(
        letterhead=letterhead(src.office, src.number_text), issued_on=src.issued_on, category=p.category,
        recipient=src.target_body or "", office_name=office_in_sentence(src.office.office_name),
        received_date=p.received_date, summary=sentence(p.summary), letter_date=p.letter_date, sender=sender,
        respondent=p.respondent, signer_authority=src.signer.authority, signer_title=src.signer.title,
        signer_name=src.signer.name, recipients=src.recipients, texts=src.texts,
    )  # fmt: skip


def result_data(src: PetitionDocumentSource) -> ResultNoticeData:
    p = src.petition
    return ResultNoticeData(
        letterhead=letterhead(src.office, src.number_text), issued_on=src.issued_on,
        office_name=src.office.office_name, addressee=_author(p), category=p.category,
        received_date=p.received_date, summary=p.summary, outcome=src.outcome or NoticeOutcome.CAN_THEM_THOI_GIAN,
        signer=signer_lines(src.signer), letter_date=p.letter_date,
        at_the_desk=p.source is PetitionSource.TRUC_TIEP_TCD, reason=src.reason, transferred_to=src.target_body,
        transfer_number=src.transfer_number, transfer_date=src.transfer_date, recipients=src.recipients,
        texts=src.texts,
    )  # fmt: skip


def acceptance_data(src: PetitionDocumentSource) -> ComplaintAcceptanceData:
    p = src.petition
    resolver = f"{src.office.head_title.capitalize()} {office_in_sentence(src.office.office_name)}"
    return ComplaintAcceptanceData(
        letterhead=letterhead(src.office, src.number_text), issued_on=src.issued_on,
        office_name=src.office.office_name, complainant=_author(p), received_date=p.received_date,
        summary=p.summary, accepted=bool(src.accepted), resolver=resolver, signer=signer_lines(src.signer),
        letter_date=p.letter_date, reason=src.reason, recipients=src.recipients,
    )  # fmt: skip


def refusal_data(src: RefusalSource) -> RefusalNoticeData:
    return RefusalNoticeData(
        letterhead=letterhead(src.office, src.number_text), issued_on=src.issued_on,
        office_name=src.office.office_name, citizen=src.citizen, came_on=src.came_on, place=src.place,
        category=src.category, summary=src.summary, reason=src.reason, signer=signer_lines(src.signer),
        override_note=src.override_note, recipients=src.recipients,
    )  # fmt: skip


def case_file_data(src: CaseFileSource) -> CaseFileData:
    return CaseFileData(
        letterhead=letterhead(src.office), printed_on=src.printed_on, office_name=src.office.office_name,
        code=src.code, title=src.title, facts=src.facts, events=src.events, author_masked=src.author_masked,
    )  # fmt: skip


def render(src: PetitionDocumentSource) -> bytes:
    """The PDF of one petition document."""
    if src.kind is DocumentKind.PROPOSAL:
        return render_proposal_slip(proposal_data(src))
    if src.kind is DocumentKind.GUIDANCE:
        return render_guidance_letter(guidance_data(src))
    if src.kind is DocumentKind.TRANSFER:
        return render_transfer_slip(transfer_data(src))
    if src.kind is DocumentKind.RESULT:
        return render_result_notice(result_data(src))
    return render_complaint_acceptance(acceptance_data(src))


def print_and_keep(docs: PetitionDocumentService, src: PetitionDocumentSource) -> tuple[bytes, KeptDocument]:
    """Render, keep the PDF with its hash and link it to its number."""
    pdf = render(src)
    return pdf, docs.keep_for(src.number, src.kind, pdf, src.internal_no)


def refusal_pdf(docs: PetitionDocumentService, src: RefusalSource) -> tuple[bytes, KeptDocument]:
    """Mẫu 01/TCD rendered and kept with its visit and its number (a re-print keeps the number)."""
    pdf = render_refusal_notice(refusal_data(src))
    return pdf, docs.keep_for(src.number, DocumentKind.REFUSAL, pdf, visit_id=src.visit_id)


def case_file_pdf(src: CaseFileSource) -> bytes:
    return render_case_file(case_file_data(src))


def self_test_pdf(services: Services) -> bytes:
    """The self-test: one petition of each handling through every document, a refusal and a case file.

    Returns the case file (the last one made); each document is checked to be a PDF on the way.
    """
    ctx = services.ctx
    docs = PetitionDocumentService(ctx)
    today = ctx.today()
    person = PersonInput(vf.SELF_TEST_PERSON, address=vf.SELF_TEST_BODY)
    visit = services.intake.save(
        VisitInput(date=today, visitor=person, summary=vf.SELF_TEST_SUMMARY, category=Category.KHIEU_NAI,
                   handling=Handling.TRA_LOI_TRUC_TIEP)
    )  # fmt: skip
    made: list[bytes] = []
    roles = ctx.actor.roles
    try:
        for category, handling in (
            (Category.KHIEU_NAI, Handling.THU_LY),
            (Category.KHIEU_NAI, Handling.HUONG_DAN),
            (Category.TO_CAO, Handling.CHUYEN_DON),
        ):
            within = handling is Handling.THU_LY
            body = None if within else vf.SELF_TEST_BODY
            pid = services.petitions.register(
                PetitionInput(received_date=today, source=PetitionSource.BUU_CHINH, summary=vf.SELF_TEST_SUMMARY,
                              category=category, main=person, respondent=vf.SELF_TEST_BODY, case_id=visit.case_id)
            ).id  # fmt: skip
            ctx.actor.roles = (Role.LANH_DAO,)
            services.petitions.classify(pid, within_competence=within, competent_body=body)
            services.petitions.propose(pid, handling, target_body=body)
            services.petitions.decide(pid, approve=True)
            sources = [docs.proposal_slip(pid), docs.result_notice(pid)]
            if handling is Handling.THU_LY:
                sources.append(docs.complaint_acceptance(pid))
            elif handling is Handling.HUONG_DAN:
                sources.append(docs.guidance_letter(pid))
            else:
                sources.insert(1, docs.transfer_slip(pid))
            made += [print_and_keep(docs, src)[0] for src in sources]
        refused = services.intake.save(
            VisitInput(date=today, visitor=person, handling=Handling.TU_CHOI_TIEP, summary=vf.SELF_TEST_SUMMARY,
                       refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI, category=Category.KHIEU_NAI)
        )  # fmt: skip
        made.append(refusal_pdf(docs, docs.refusal_notice(refused.id))[0])
        if visit.case_id is not None:
            made.append(case_file_pdf(CaseFileService(ctx).case_file_source(visit.case_id)))
    finally:
        ctx.actor.roles = roles
    if not all(pdf.startswith(b"%PDF") for pdf in made):
        raise ValueError(vf.SELF_TEST_LABEL)
    return made[-1]
